import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { bbox as bboxStrategy } from 'ol/loadingstrategy.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import { CGCS2000 } from './cgcs2000.js';
import { api } from './api.js';
import { styleFor } from './styles.js';
import { LayerPanel } from './LayerPanel.js';
import { FeaturePopup } from './FeaturePopup.js';
import { AccountBox } from './AccountBox.js';

/** Features per request; the map asks again for each new view extent. */
const PAGE = 5000;
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

const panel = new LayerPanel(document.getElementById('layers'), (id, visible) => {
  olLayers.get(id)?.setVisible(visible);
});
const account = new AccountBox(document.getElementById('account'), () => reload());

function vectorLayer(layer) {
  const format = new GeoJSON({ dataProjection: 'EPSG:4490', featureProjection: 'EPSG:4490' });
  const source = new VectorSource({
    format,
    strategy: bboxStrategy,
    loader: async (extent, resolution, projection, success, failure) => {
      loading++;
      updateStatus();
      try {
        const response = await fetch(api.featuresUrl(layer.id, extent, PAGE), { credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        const features = format.readFeatures(await response.json());
        source.addFeatures(features);
        success(features);
      } catch (e) {
        source.removeLoadedExtent(extent);
        failure();
      } finally {
        loading--;
        updateStatus();
      }
    },
  });
  const ol = new VectorLayer({
    source,
    style: styleFor(layer),
    visible: INITIALLY_VISIBLE.has(layer.kind),
    properties: { layerId: layer.id },
    zIndex: layer.geometryType.includes('POINT') ? 3 : layer.geometryType.includes('LINE') ? 2 : 1,
  });
  return ol;
}

function updateStatus() {
  const visible = [...olLayers.values()].filter((l) => l.getVisible());
  const count = visible.reduce((n, l) => n + l.getSource().getFeatures().length, 0);
  status.textContent = loading > 0 ? `正在加载… (${visible.length} 个图层)` : `${visible.length} 个图层显示中，${count} 个要素`;
  document.body.dataset.loading = String(loading);
  document.body.dataset.features = String(count);
}

async function reload() {
  popup.hide();
  const [me, layers] = await Promise.all([api.me(), api.layers()]);
  account.render(me);
  for (const ol of olLayers.values()) map.removeLayer(ol);
  olLayers.clear();
  catalog = layers;
  for (const layer of layers) {
    const ol = vectorLayer(layer);
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

map.on('singleclick', async (event) => {
  const hit = map.forEachFeatureAtPixel(event.pixel, (feature, ol) => [feature, ol], { hitTolerance: 4 });
  if (!hit) {
    popup.hide();
    return;
  }
  const [feature, ol] = hit;
  const layer = catalog.find((l) => l.id === ol.get('layerId'));
  try {
    const full = await api.feature(layer.id, feature.getId());
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
