import ImageWMS from 'ol/source/ImageWMS.js';
import { CGCS2000_WMS } from '../cgcs2000.js';
import { FeaturePopup } from '../FeaturePopup.js';

/** GetFeatureInfo goes to the WMS: it answers for any layer, however the layer is drawn. */
const WMS_URL = '/wms';
const METRES_PER_DEGREE = 111319.49079327357;

/**
 * Identify: a click on the map shows the attributes of the topmost feature under it (the first
 * of the visible layers that has one), with the feature actions other tools registered.
 */
export default function create(ctx) {
  const popup = new FeaturePopup(ctx.map, document.getElementById('popup'), ctx);
  ctx.on('catalog', () => popup.hide());
  ctx.on('view-projection', () => popup.hide());
  ctx.map.on('singleclick', async (event) => {
    if (ctx.clicksClaimedBy()) return;
    const ids = ctx.visibleLayerIds();
    if (ids.length === 0) {
      popup.hide();
      return;
    }
    const source = new ImageWMS({
      url: WMS_URL,
      projection: CGCS2000_WMS,
      params: { LAYERS: ids.join(','), VERSION: '1.3.0' },
    });
    // The WMS is asked in CGCS2000 whatever the view's CRS: on w, a Mercator metre per pixel along
    // a parallel is 1/111319.49 degree of longitude.
    const lonLat = ctx.toLonLat(event.coordinate);
    const metric = ctx.map.getView().getProjection().getUnits() === 'm';
    const resolution = ctx.map.getView().getResolution() / (metric ? METRES_PER_DEGREE : 1);
    const params = { QUERY_LAYERS: ids.join(','), INFO_FORMAT: 'application/json', FEATURE_COUNT: 1 };
    if (ctx.time.asOf()) params.TIME = ctx.time.asOf();
    const url = source.getFeatureInfoUrl(lonLat, resolution, CGCS2000_WMS, params);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`GetFeatureInfo ${response.status}`);
      const hit = (await response.json()).features?.[0];
      if (!hit) {
        popup.hide();
        return;
      }
      const layer = ctx.layer(hit.layer);
      const featureId = hit.id.slice(hit.layer.length + 1);
      // The REST API adds the version history the WMS answer does not carry.
      const path = `/api/layers/${encodeURIComponent(layer.id)}/features/${encodeURIComponent(featureId)}`;
      const full = await ctx.api.call(path).catch(() => hit);
      popup.show(event.coordinate, layer, full);
    } catch (e) {
      ctx.status(e.message);
    }
  });
  return {};
}
