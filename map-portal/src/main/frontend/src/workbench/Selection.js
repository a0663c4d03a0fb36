import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Circle, Fill, Stroke, Style } from 'ol/style.js';
import { createEmpty, extend, isEmpty } from 'ol/extent.js';

const HIGHLIGHT = [
  new Style({
    stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 6 }),
    image: new Circle({ radius: 9, fill: new Fill({ color: 'rgba(255,255,255,0.9)' }) }),
  }),
  new Style({
    stroke: new Stroke({ color: '#f08c00', width: 3 }),
    fill: new Fill({ color: 'rgba(240,140,0,0.18)' }),
    image: new Circle({ radius: 6, fill: new Fill({ color: '#f08c00' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
  }),
];

/**
 * The features the user has selected (identify, table, buffer…), per layer, as GeoJSON in
 * CGCS2000, highlighted on the map above every layer. Emits `selection` on change.
 */
export class Selection {
  constructor(ctx) {
    this.ctx = ctx;
    this.byLayer = new Map();
    this.format = new GeoJSON();
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, style: HIGHLIGHT, zIndex: 50, properties: { layerId: 'selection' } });
    ctx.map.addLayer(this.layer);
    ctx.on('view-projection', () => this.redraw());
  }

  /** Replaces the selection of one layer (an empty list removes it). */
  set(layerId, features) {
    if (!features || features.length === 0) this.byLayer.delete(layerId);
    else this.byLayer.set(layerId, features);
    this.redraw();
    this.ctx.emit('selection', this.byLayer);
  }

  clear() {
    this.byLayer.clear();
    this.redraw();
    this.ctx.emit('selection', this.byLayer);
  }

  /** @returns {Map<string, Array<object>>} layerId → GeoJSON features */
  all() {
    return this.byLayer;
  }

  /** Selected feature ids per layer, e.g. for a permalink. */
  ids() {
    return [...this.byLayer].map(([layerId, features]) => [layerId, features.map((f) => String(f.id))]);
  }

  count() {
    let n = 0;
    for (const features of this.byLayer.values()) n += features.length;
    return n;
  }

  redraw() {
    this.source.clear();
    const projection = this.ctx.viewProjection();
    for (const [layerId, features] of this.byLayer) {
      for (const f of features) {
        if (!f.geometry) continue;
        const ol = this.format.readFeature(f, { dataProjection: 'EPSG:4490', featureProjection: projection });
        ol.set('layerId', layerId);
        this.source.addFeature(ol);
      }
    }
  }

  /** Fits the view to the selection (points get a neighbourhood, not the deepest zoom). */
  zoomTo() {
    const extent = createEmpty();
    for (const f of this.source.getFeatures()) extend(extent, f.getGeometry().getExtent());
    if (isEmpty(extent)) return;
    this.ctx.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 17, duration: 300 });
  }
}
