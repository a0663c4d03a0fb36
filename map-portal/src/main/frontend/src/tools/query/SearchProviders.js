import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';
import { QUERY, SEARCH } from '../../messages.js';
import { formatDms, parseCoordinates } from './coordinates.js';

/**
 * Search providers beside the geocoder: features by attribute text (GET /api/search over the
 * readable layers) and coordinates typed in (decimal, 度分秒, Gauss-Krüger), which get a marker.
 */
export default function create(ctx) {
  const marker = new CoordinateMarker(ctx);
  ctx.addSearchProvider({
    id: 'coordinates',
    title: SEARCH.coordinates,
    async search(q) {
      const found = parseCoordinates(q);
      if (!found) return [];
      if (found.outside) return [{ label: SEARCH.outside, meta: q, pick: () => {} }];
      const label = SEARCH.lonLat(found.lonLat[0], found.lonLat[1]);
      const meta = found.kind === 'gk' ? SEARCH.gk(found.zone ?? `${found.centralMeridian}°E`, found.x, found.y) : formatDms(found.lonLat);
      return [{ label, meta, pick: () => marker.show(found.lonLat, label) }];
    },
  });
  ctx.addSearchProvider({
    id: 'features',
    title: SEARCH.features,
    async search(q) {
      if (parseCoordinates(q)) return [];
      const { results } = await ctx.api.call(`/api/search?limit=8&q=${encodeURIComponent(q)}`);
      return results.map((hit) => {
        const many = (hit.featureIds?.length ?? 1) > 1;
        const which = many ? [SEARCH.several(hit.featureIds.length)] : hit.featureId === hit.value ? [] : [SEARCH.match(QUERY.fid, hit.featureId)];
        return {
          label: hit.value,
          meta: [hit.layerTitle, hit.attributeLabel ?? QUERY.fid, ...which].join(' · '),
          pick: () => pickFeature(ctx, hit),
        };
      });
    },
  });
  return {};
}

/**
 * Shows what was found: its layer on, the feature (or all features with that value, e.g. the
 * segments of one road) selected and in view.
 */
async function pickFeature(ctx, hit) {
  ctx.setVisible(hit.layerId, true);
  const layer = encodeURIComponent(hit.layerId);
  const ids = hit.featureIds?.length > 1 ? hit.featureIds : [hit.featureId];
  const features =
    ids.length === 1
      ? [await ctx.api.call(`/api/layers/${layer}/features/${encodeURIComponent(ids[0])}`)]
      : (await ctx.api.call(`/api/layers/${layer}/features?limit=${ids.length}&ids=${ids.map(encodeURIComponent).join(',')}`)).features;
  ctx.selection.clear();
  ctx.selection.set(hit.layerId, features);
  ctx.selection.zoomTo();
  document.body.dataset.searchPicked = `${hit.layerId}/${hit.featureId}`;
}

/** A labelled point for a typed-in coordinate, kept in place across CRS switches. */
class CoordinateMarker {
  constructor(ctx) {
    this.ctx = ctx;
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, zIndex: 101, properties: { layerId: 'coordinate-marker' } });
    ctx.map.addLayer(this.layer);
    this.lonLat = null;
    ctx.on('view-projection', () => this.lonLat && this.draw());
  }

  show(lonLat, label) {
    this.lonLat = lonLat;
    this.label = label;
    this.draw();
    const view = this.ctx.map.getView();
    view.animate({ center: this.ctx.fromLonLat(lonLat), zoom: Math.max(view.getZoom() ?? 0, 16), duration: 300 });
    document.body.dataset.coordinateMarker = lonLat.map((v) => v.toFixed(6)).join(',');
  }

  draw() {
    const feature = new Feature(new Point(this.ctx.fromLonLat(this.lonLat)));
    feature.setStyle(
      new Style({
        image: new Circle({ radius: 7, fill: new Fill({ color: '#7048e8' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
        text: new Text({
          text: this.label,
          offsetY: -18,
          font: '12px "Noto Sans CJK SC", sans-serif',
          fill: new Fill({ color: '#16324f' }),
          stroke: new Stroke({ color: '#fff', width: 3 }),
        }),
      }),
    );
    this.source.clear();
    this.source.addFeature(feature);
  }
}
