import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
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
    this.map = new Map({
      target,
      controls: defaultControls({ rotate: false, attribution: false }),
      layers: [
        wmtsLayer('basemap', grid, { track: NO_TRACK }),
        wmtsLayer('basemap_labels', grid, { track: NO_TRACK, zIndex: 1 }),
        new VectorLayer({ source: this.grids, style: GRID_STYLE, zIndex: 2 }),
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

  /** Redraws after the map's element was hidden (tabs). */
  resize() {
    this.map.updateSize();
  }
}
