import ImageWMS from 'ol/source/ImageWMS.js';
import { CGCS2000_WMS } from '../cgcs2000.js';
import { FeaturePopup } from '../FeaturePopup.js';
import { IDENTIFY } from '../messages.js';

/** GetFeatureInfo goes to the WMS: it answers for any layer, however the layer is drawn. */
const WMS_URL = '/wms';
const METRES_PER_DEGREE = 111319.49079327357;
/** Features listed per layer at most (the WMS's FEATURE_COUNT). */
const PER_LAYER = 20;

/**
 * Identify: a click on the map lists every feature under it in every visible queryable layer (one
 * GetFeatureInfo per layer, in parallel, so a dense layer cannot crowd the others out), one tab
 * per layer, with the feature actions other tools registered.
 */
export default function create(ctx) {
  const popup = new FeaturePopup(ctx.map, document.getElementById('popup'), ctx, {
    // The REST API adds the version history the WMS answer does not carry.
    details: (layer, feature) => ctx.api.call(`/api/layers/${encodeURIComponent(layer.id)}/features/${encodeURIComponent(feature.id)}`),
  });
  ctx.on('catalog', () => popup.hide());
  ctx.on('view-projection', () => popup.hide());
  // What was under the click then may not be there at the new date.
  ctx.on('time', () => popup.hide());
  let sequence = 0;
  ctx.map.on('singleclick', async (event) => {
    if (ctx.clicksClaimedBy()) return;
    const ids = ctx.visibleLayerIds();
    const mine = ++sequence;
    if (ids.length === 0) {
      popup.hide();
      return;
    }
    try {
      const answers = await Promise.all(ids.map((id) => featureInfo(ctx, id, event.coordinate)));
      if (mine !== sequence) return;
      const groups = ids.map((id, i) => ({ layer: ctx.layer(id), features: answers[i] })).filter((g) => g.layer && g.features.length > 0);
      document.body.dataset.identified = String(mine);
      if (groups.length === 0) {
        popup.hide();
        ctx.status(IDENTIFY.none);
        return;
      }
      popup.showHits(event.coordinate, groups);
    } catch (e) {
      ctx.status(IDENTIFY.failed(e.message));
    }
  });
  return {};
}

/** The features of one layer under a view coordinate (GetFeatureInfo in CGCS2000, JSON). */
async function featureInfo(ctx, layerId, coordinate) {
  const source = new ImageWMS({
    url: WMS_URL,
    projection: CGCS2000_WMS,
    params: { LAYERS: layerId, VERSION: '1.3.0' },
  });
  // The WMS is asked in CGCS2000 whatever the view's CRS: on w, a Mercator metre per pixel along
  // a parallel is 1/111319.49 degree of longitude.
  const lonLat = ctx.toLonLat(coordinate);
  const metric = ctx.map.getView().getProjection().getUnits() === 'm';
  const resolution = ctx.map.getView().getResolution() / (metric ? METRES_PER_DEGREE : 1);
  const params = { QUERY_LAYERS: layerId, INFO_FORMAT: 'application/json', FEATURE_COUNT: PER_LAYER };
  if (ctx.time.asOf()) params.TIME = ctx.time.asOf();
  const url = source.getFeatureInfoUrl(lonLat, resolution, CGCS2000_WMS, params);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GetFeatureInfo ${response.status}`);
  return (await response.json()).features ?? [];
}
