import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import LineString from 'ol/geom/LineString.js';
import { circular } from 'ol/geom/Polygon.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { createEmpty, extend, isEmpty } from 'ol/extent.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import { CGCS2000 } from '../cgcs2000.js';
import { wmtsLayer } from '../tileLayers.js';

/** Tile loads are not tracked on the phone (the workbench's status line counts them). */
const NO_TRACK = { start() {}, end() {} };

const GRID_STYLE = new Style({
  stroke: new Stroke({ color: '#e8590c', width: 3 }),
  fill: new Fill({ color: 'rgba(232, 89, 12, 0.06)' }),
});
const ME_STYLE = [
  new Style({ image: new Circle({ radius: 9, fill: new Fill({ color: '#1c64b4' }), stroke: new Stroke({ color: '#fff', width: 3 }) }) }),
];
const ACCURACY_STYLE = new Style({ fill: new Fill({ color: 'rgba(28, 100, 180, 0.15)' }), stroke: new Stroke({ color: 'rgba(28, 100, 180, 0.6)', width: 1 }) });
const TRACK_STYLE = new Style({ stroke: new Stroke({ color: '#7048e8', width: 4, lineCap: 'round', lineJoin: 'round' }) });
const COVERAGE_STYLE = new Style({ fill: new Fill({ color: 'rgba(47, 158, 68, 0.35)' }), stroke: new Stroke({ color: '#2f9e44', width: 1.5 }) });
/** Part markers by 部件状态: 完好 green, 破损 red, 丢失 dark, 占用 orange; grey when unknown. */
const PART_COLOURS = { 完好: '#2f9e44', 破损: '#e03131', 丢失: '#343a40', 占用: '#f08c00' };
const partStyles = new globalThis.Map();
function partStyle(feature) {
  const state = feature.get('state');
  const selected = feature.get('selected');
  const key = `${state}|${selected}`;
  if (!partStyles.has(key)) {
    partStyles.set(key, new Style({
      image: new Circle({ radius: selected ? 9 : 6, fill: new Fill({ color: PART_COLOURS[state] ?? '#8a96a3' }), stroke: new Stroke({ color: selected ? '#f5b400' : '#fff', width: selected ? 3 : 1.5 }) }),
      zIndex: selected ? 1 : 0,
    }));
  }
  return partStyles.get(key);
}
const PICK_STYLE = new Style({ image: new Circle({ radius: 10, fill: new Fill({ color: '#f5b400' }), stroke: new Stroke({ color: '#16324f', width: 3 }) }) });

/** The statuses of a case that is over (a grey marker); any other is open (red). */
const CLOSED = /^(已结案|结案|不予立案|已合并|合并|已作废)$/;

/** A case marker: red while open, grey once closed. */
function caseStyle(feature) {
  const closed = CLOSED.test(feature.get('status') ?? '');
  return new Style({
    image: new Circle({ radius: 8, fill: new Fill({ color: closed ? '#8a96a3' : '#d9480f' }), stroke: new Stroke({ color: '#fff', width: 2 }), declutterMode: 'none' }),
    text: new Text({ text: feature.get('caseNo'), offsetY: -16, font: '11px sans-serif', fill: new Fill({ color: '#16324f' }), stroke: new Stroke({ color: '#fff', width: 3 }) }),
  });
}

/**
 * The phone's map: our WMTS base map (tileset basemap and its labels) on the CGCS2000 c grid, the
 * user's unit grids outlined, their cases as markers, the GPS position with its accuracy circle,
 * and a picked report position.
 */
export class GridMap {
  /**
   * @param {HTMLElement} target
   * @param {{id: string, projection: string, tileGrid: import('ol/tilegrid/WMTS.js').default}} grid
   */
  constructor(target, grid) {
    this.grid = grid;
    this.grids = new VectorSource();
    this.cases = new VectorSource();
    this.me = new VectorSource();
    this.pick = new VectorSource();
    this.track = new VectorSource();
    this.coverage = new VectorSource();
    this.parts = new VectorSource();
    this.map = new Map({
      target,
      controls: defaultControls({ rotate: false, attribution: false }),
      layers: [
        wmtsLayer('basemap', grid, { track: NO_TRACK }),
        wmtsLayer('basemap_labels', grid, { track: NO_TRACK, zIndex: 1 }),
        new VectorLayer({ source: this.grids, style: GRID_STYLE, zIndex: 2 }),
        new VectorLayer({ source: this.coverage, style: COVERAGE_STYLE, zIndex: 2 }),
        new VectorLayer({ source: this.parts, style: partStyle, zIndex: 2 }),
        new VectorLayer({ source: this.track, style: TRACK_STYLE, zIndex: 3 }),
        new VectorLayer({ source: this.me, style: (f) => (f.getGeometry().getType() === 'Point' ? ME_STYLE : ACCURACY_STYLE), zIndex: 3 }),
        new VectorLayer({ source: this.cases, style: caseStyle, zIndex: 4, declutter: true }),
        new VectorLayer({ source: this.pick, style: PICK_STYLE, zIndex: 5 }),
      ],
      view: new View({ projection: CGCS2000, center: [116.12, 24.29], zoom: 12, maxZoom: 20 }),
    });
  }

  /** Outlines the user's unit grids (a GeoJSON FeatureCollection of layer unit_grids). */
  setGrids(collection) {
    this.grids.clear();
    this.grids.addFeatures(new GeoJSON().readFeatures(collection));
  }

  /** The extent of the user's grids; empty when they have none. */
  gridsExtent() {
    const extent = createEmpty();
    this.grids.forEachFeature((f) => extend(extent, f.getGeometry().getExtent()));
    return extent;
  }

  /** Zooms to the grids (or does nothing without them). */
  fitGrids() {
    const extent = this.gridsExtent();
    if (!isEmpty(extent)) this.map.getView().fit(extent, { padding: [56, 24, 80, 24], maxZoom: 17 });
  }

  /** @param {{caseNo: string, lon: number, lat: number, attributes?: {status?: string}}[]} cases */
  setCases(cases) {
    this.cases.clear();
    this.cases.addFeatures(
      cases.filter((c) => Number.isFinite(c.lon)).map((c) => new Feature({ geometry: new Point([c.lon, c.lat]), caseNo: c.caseNo, status: c.attributes?.status })),
    );
  }

  /** @param {{lon: number, lat: number, accuracy: number}|null} position */
  setPosition(position) {
    this.me.clear();
    if (!position) return;
    this.me.addFeatures([
      new Feature(circular([position.lon, position.lat], Math.max(position.accuracy, 1), 48)),
      new Feature(new Point([position.lon, position.lat])),
    ]);
  }

  /** @param {{lon: number, lat: number}|null} position */
  setPicked(position) {
    this.pick.clear();
    if (position) this.pick.addFeature(new Feature(new Point([position.lon, position.lat])));
  }

  centerOn(lon, lat) {
    const view = this.map.getView();
    view.animate({ center: [lon, lat], zoom: Math.max(view.getZoom() ?? 0, 16), duration: 300 });
  }

  /** Calls `callback({lon, lat})` on the next tap on the map. */
  pickOnce(callback) {
    this.map.once('singleclick', (event) => {
      const [lon, lat] = event.coordinate;
      callback({ lon, lat });
    });
  }

  /** The live patrol track, [[lon, lat], …] (cleared with an empty list). */
  setTrack(coordinates) {
    this.track.clear();
    if (coordinates.length >= 2) this.track.addFeature(new Feature(new LineString(coordinates)));
    else if (coordinates.length === 1) this.track.addFeature(new Feature(new Point(coordinates[0])));
  }

  /** The covered part of the grid, a GeoJSON geometry (null clears it). */
  setCoverage(geometry) {
    this.coverage.clear();
    if (geometry?.coordinates?.length) this.coverage.addFeature(new Feature(new GeoJSON().readGeometry(geometry)));
  }

  /** The parts of the grid as markers by state; `selected` is the object id to highlight. */
  setParts(parts, selected = null) {
    this.parts.clear();
    this.parts.addFeatures(
      parts.map((p) => new Feature({ geometry: new Point([p.lon, p.lat]), objId: p.objId, state: p.state, selected: p.objId === selected })),
    );
  }

  /** Calls `callback(objId)` when a part marker is tapped. */
  onPartTap(callback) {
    this.map.on('singleclick', (event) => {
      const hit = this.map.forEachFeatureAtPixel(event.pixel, (f) => (f.get('objId') ? f : null), { hitTolerance: 8 });
      if (hit) callback(hit.get('objId'));
    });
  }

  /** Redraws after the map's element was hidden (tabs). */
  resize() {
    this.map.updateSize();
  }
}
