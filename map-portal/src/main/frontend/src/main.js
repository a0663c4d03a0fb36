import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import ImageLayer from 'ol/layer/Image.js';
import ImageWMS from 'ol/source/ImageWMS.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import { CGCS2000, CGCS2000_WMS } from './cgcs2000.js';
import { api } from './api.js';
import { LayerPanel } from './LayerPanel.js';
import { FeaturePopup } from './FeaturePopup.js';
import { AccountBox } from './AccountBox.js';
import { SearchBox } from './SearchBox.js';
import { AddressMarker } from './AddressMarker.js';
import { ReversePopup } from './ReversePopup.js';
import { BatchPanel } from './BatchPanel.js';
import { ReviewPanel } from './ReviewPanel.js';

/** The portal's WMS: layers are drawn on the server (default styles) and queried with GetFeatureInfo. */
const WMS_URL = '/wms';
/** Layers shown when the page opens; the rest are a click away in the layer list. */
const INITIALLY_VISIBLE = new Set(['BASE', 'UNIT_GRID']);

const status = document.getElementById('status');
const map = new Map({
  target: 'map',
  view: new View({ projection: CGCS2000, center: [116.12, 24.29], zoom: 13, maxZoom: 22 }),
  controls: [new ScaleLine({ units: 'metric' })],
});
const popup = new FeaturePopup(map, document.getElementById('popup'));
const olLayers = new globalThis.Map();
let catalog = [];
let loading = 0;
const loadedImages = new Set();

const panel = new LayerPanel(document.getElementById('layers'), (id, visible) => {
  olLayers.get(id)?.setVisible(visible);
});
const account = new AccountBox(document.getElementById('account'), () => reload());
const marker = new AddressMarker(map);
new SearchBox(document.getElementById('search'), (candidate) => {
  popup.hide();
  marker.show(candidate);
});
new ReversePopup(map, document.getElementById('reverse'));

/** Tool buttons by role: batch geocoding for signed-in callers, the review queue for editors. */
const drawer = document.getElementById('drawer');
const batchPanel = document.createElement('section');
new BatchPanel(batchPanel);
const reviewPanel = document.createElement('section');
const review = new ReviewPanel(reviewPanel);
function renderTools(me) {
  const tools = document.getElementById('tools');
  tools.replaceChildren();
  drawer.hidden = true;
  const open = (panel, onOpen) => () => {
    const showing = !drawer.hidden && drawer.firstChild === panel;
    drawer.replaceChildren(panel);
    drawer.hidden = showing;
    if (!showing && onOpen) onOpen();
  };
  if (!me.authenticated) return;
  const batch = document.createElement('button');
  batch.textContent = '批量匹配';
  batch.addEventListener('click', open(batchPanel));
  tools.append(batch);
  if ((me.roles ?? []).some((r) => r === 'EDITOR' || r === 'ADMIN')) {
    const queue = document.createElement('button');
    queue.textContent = '地址审核';
    queue.addEventListener('click', open(reviewPanel, () => review.refresh()));
    tools.append(queue);
  }
}

function zIndexOf(layer) {
  return layer.geometryType.includes('POINT') ? 3 : layer.geometryType.includes('LINE') ? 2 : 1;
}

/** One WMS image layer per catalog layer, so the layer list can toggle each. */
function wmsLayer(layer) {
  const source = new ImageWMS({
    url: WMS_URL,
    projection: CGCS2000_WMS,
    params: { LAYERS: layer.id, VERSION: '1.3.0', FORMAT: 'image/png', TRANSPARENT: true },
    ratio: 1,
  });
  source.on('imageloadstart', () => {
    loading++;
    updateStatus();
  });
  for (const type of ['imageloadend', 'imageloaderror']) {
    source.on(type, (event) => {
      loading = Math.max(0, loading - 1);
      if (type === 'imageloadend') loadedImages.add(layer.id);
      updateStatus();
    });
  }
  return new ImageLayer({
    source,
    visible: INITIALLY_VISIBLE.has(layer.kind),
    properties: { layerId: layer.id },
    zIndex: zIndexOf(layer),
  });
}

/**
 * Signals for tests and the status line: data-loading = WMS images in flight, data-features =
 * visible layers whose image has been drawn at least once.
 */
function updateStatus() {
  const visible = [...olLayers.values()].filter((l) => l.getVisible());
  const drawn = visible.filter((l) => loadedImages.has(l.get('layerId'))).length;
  status.textContent = loading > 0 ? `正在加载… (${visible.length} 个图层)` : `${visible.length} 个图层显示中`;
  document.body.dataset.loading = String(loading);
  document.body.dataset.features = String(drawn);
}

/** While the first start generates the sample city the catalog is incomplete: wait for it. */
async function waitUntilLoaded() {
  for (;;) {
    const response = await fetch('/api/health', { credentials: 'same-origin' });
    const health = await response.json().catch(() => ({}));
    if (health.status !== 'LOADING') return;
    status.textContent = `正在生成示例城市：${health.step ?? ''}…`;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function reload() {
  popup.hide();
  await waitUntilLoaded();
  const [me, layers] = await Promise.all([api.me(), api.layers()]);
  account.render(me);
  renderTools(me);
  for (const ol of olLayers.values()) map.removeLayer(ol);
  olLayers.clear();
  loadedImages.clear();
  catalog = layers;
  for (const layer of layers) {
    const ol = wmsLayer(layer);
    olLayers.set(layer.id, ol);
    map.addLayer(ol);
  }
  panel.render(layers, (id) => olLayers.get(id).getVisible());
  const boxes = layers.map((l) => l.bbox).filter((b) => b);
  if (boxes.length > 0 && !reload.fitted) {
    // The whole city: the union of the readable layers' extents.
    const extent = boxes.reduce((a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ]);
    reload.fitted = true;
    map.getView().fit(extent, { padding: [20, 20, 20, 20], maxZoom: 16 });
  }
  document.body.dataset.layers = String(layers.length);
  updateStatus();
}

map.on('pointermove', (event) => {
  const [x, y] = event.coordinate;
  document.getElementById('coords').textContent = `经度 ${x.toFixed(6)}  纬度 ${y.toFixed(6)}`;
});

/** Visible layers, topmost first (as drawn: higher zIndex, then later added). */
function queryLayers() {
  return [...olLayers.values()]
    .map((ol, order) => ({ ol, order }))
    .filter(({ ol }) => ol.getVisible())
    .sort((a, b) => b.ol.getZIndex() - a.ol.getZIndex() || b.order - a.order)
    .map(({ ol }) => ol.get('layerId'));
}

map.on('singleclick', async (event) => {
  const ids = queryLayers();
  if (ids.length === 0) {
    popup.hide();
    return;
  }
  const source = new ImageWMS({
    url: WMS_URL,
    projection: CGCS2000_WMS,
    params: { LAYERS: ids.join(','), VERSION: '1.3.0' },
  });
  const url = source.getFeatureInfoUrl(event.coordinate, map.getView().getResolution(), CGCS2000_WMS, {
    QUERY_LAYERS: ids.join(','),
    INFO_FORMAT: 'application/json',
    FEATURE_COUNT: 1,
  });
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`GetFeatureInfo ${response.status}`);
    const hit = (await response.json()).features?.[0];
    if (!hit) {
      popup.hide();
      return;
    }
    const layer = catalog.find((l) => l.id === hit.layer);
    const featureId = hit.id.slice(hit.layer.length + 1);
    // The REST API adds the version history the WMS answer does not carry.
    const full = await api.feature(layer.id, featureId).catch(() => hit);
    popup.show(event.coordinate, layer, full);
  } catch (e) {
    status.textContent = e.message;
  }
});

map.on('loadend', updateStatus);
window.onemap = { map, reload };
reload().catch((e) => {
  status.textContent = `加载失败：${e.message}`;
});
