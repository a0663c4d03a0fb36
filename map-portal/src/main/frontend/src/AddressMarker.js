import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { toView } from './viewCoords.js';

/** Marks one chosen address on the map, labelled, above every data layer. */
export class AddressMarker {
  /** @param {import('ol/Map.js').default} map */
  constructor(map) {
    this.map = map;
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, zIndex: 100, properties: { layerId: 'address-marker' } });
    map.addLayer(this.layer);
  }

  /** Marks the candidate and zooms to it. */
  show(candidate) {
    const at = toView(this.map, [candidate.x, candidate.y]);
    const feature = new Feature(new Point(at));
    feature.setStyle(
      new Style({
        image: new Circle({ radius: 8, fill: new Fill({ color: '#e03131' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
        text: new Text({
          text: candidate.address.replace(/^广东省梅州市/, ''),
          offsetY: -18,
          font: '13px "Noto Sans CJK SC", sans-serif',
          fill: new Fill({ color: '#16324f' }),
          stroke: new Stroke({ color: '#fff', width: 3 }),
        }),
      }),
    );
    this.source.clear();
    this.source.addFeature(feature);
    document.body.dataset.pickedCode = candidate.code;
    this.map.getView().animate({ center: at, zoom: 17, duration: 400 });
  }

  /** Keeps the mark in place when the view changes CRS (base map c ↔ w). */
  reproject(from, to) {
    for (const f of this.source.getFeatures()) f.getGeometry().transform(from, to);
  }

  /** Whether the map layer list must skip this layer (it is not a catalog layer). */
  static isMarker(layer) {
    return layer.get('layerId') === 'address-marker';
  }
}
