import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import ImageWMS from 'ol/source/ImageWMS.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import { transformExtent } from 'ol/proj.js';
import { CGCS2000_WMS } from './cgcs2000.js';
import { api } from './api.js';
import { BASEMAP, STATUS, TOOLS } from './messages.js';
import { LayerPanel } from './LayerPanel.js';
import { BaseMapSwitch } from './BaseMapSwitch.js';
import { FeaturePopup } from './FeaturePopup.js';
import { AccountBox } from './AccountBox.js';
import { SearchBox } from './SearchBox.js';
import { AddressMarker } from './AddressMarker.js';
import { ReversePopup } from './ReversePopup.js';
import { BatchPanel } from './BatchPanel.js';
import { ReviewPanel } from './ReviewPanel.js';
import { loadTileGrid } from './tileGrids.js';
import { mvtUrl, vectorTileLayer, wmtsLayer } from './tileLayers.js';
import { VECTOR_KINDS, vectorStyle } from './vectorStyles.js';
import { toLonLat, toView } from './viewCoords.js';

/** GetFeatureInfo still goes to the WMS: it answers for any layer, however the layer is drawn. */
const WMS_URL = '/wms';
/** Layers shown when the page opens; the rest are a click away in the layer list. BASE layers
 * are in the `basemap` tileset already, so each is off until asked for. */
const INITIALLY_VISIBLE = new Set(['UNIT_GRID']);
/**
 * Tile matrix sets per base-map choice: raster tiles in Tianditu's own set, vector tiles in the
 * set the vector-tile service publishes for that CRS (c for CGCS2000; WebMercatorQuad for 3857).
 */
const GRIDS = {
  c: { raster: 'c', vector: 'c' },
  w: { raster: 'w', vector: 'WebMercatorQuad' },
};
/** Draw order: base map, polygons, lines, points, labels on top (Tianditu's cva idea). */
const Z_BASEMAP = 0;
const Z_LABELS = 10;

const status = document.getElementById('status');
const map = new Map({
  target: 'map',
  controls: [new ScaleLine({ units: 'metric' })],
});
const popup = new FeaturePopup(map, document.getElementById('popup'));
/** Catalog layer id → its OpenLayers layer (tiles, raster or vector). */
const olLayers = new globalThis.Map();
let catalog = [];
/** The page's state across rebuilds (sign-in, grid switch). */
const state = { grid: 'c', labels: true, visible: new Set(), seen: new Set(), grids: null, base: null, labelsLayer: null };

/** Tile loads in flight, and the layers that have drawn at least one tile. */
let loading = 0;
const loadedLayers = new Set();
const tileCounts = { loaded: 0, failed: 0 };
/** Loads of layers that a rebuild removed no longer count: each build has its own tracker. */
let generation = 0;
function tracker() {
  const mine = ++generation;
  return {
    start: (key) => mine === generation && track.start(key),
    end: (key, ok) => mine === generation && track.end(key, ok),
  };
}
const track = {
  start() {
    loading++;
    scheduleStatus();
  },
  end(key, ok) {
    loading = Math.max(0, loading - 1);
    if (ok) {
      loadedLayers.add(key);
      tileCounts.loaded++;
    } else {
      tileCounts.failed++;
    }
    scheduleStatus();
  },
};

const panel = new LayerPanel(document.getElementById('layers'), (id, visible) => {
  if (visible) state.visible.add(id);
  else state.visible.delete(id);
  olLayers.get(id)?.setVisible(visible);
  updateStatus();
});
const baseSwitch = new BaseMapSwitch(
  document.getElementById('basemap'),
  state,
  (grid) => switchGrid(grid),
  (on) => {
    state.labels = on;
    state.labelsLayer?.setVisible(on);
    updateStatus();
  },
);
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
  batch.textContent = TOOLS.batch;
  batch.addEventListener('click', open(batchPanel));
  tools.append(batch);
  if ((me.roles ?? []).some((r) => r === 'EDITOR' || r === 'ADMIN')) {
    const queue = document.createElement('button');
    queue.textContent = TOOLS.review;
    queue.addEventListener('click', open(reviewPanel, () => review.refresh()));
    tools.append(queue);
  }
}

function zIndexOf(layer) {
  return layer.geometryType.includes('POINT') ? 3 : layer.geometryType.includes('LINE') ? 2 : 1;
}

/** Dense layers become vector tiles; the rest raster tiles of their own tileset. */
function isVector(layer) {
  return VECTOR_KINDS.has(layer.kind);
}

function catalogLayer(layer, grids, track) {
  const options = {
    track,
    visible: state.visible.has(layer.id),
    properties: { layerId: layer.id },
    zIndex: zIndexOf(layer),
  };
  return isVector(layer)
    ? vectorTileLayer(layer, grids.vector, vectorStyle(layer), options)
    : wmtsLayer(layer.id, grids.raster, options);
}

/** Loads the two grids of the current choice (cached per page). */
async function currentGrids() {
  const ids = GRIDS[state.grid];
  const [raster, vector] = await Promise.all([loadTileGrid(ids.raster), loadTileGrid(ids.vector)]);
  return { raster, vector };
}

/**
 * A view in the grid's CRS whose zoom levels are the grid's own levels (tiles drawn at their
 * native size, no resampling blur), showing `extent` (given in `fromCode`) if any.
 */
function viewFor(grids, extent, fromCode) {
  const resolutions = grids.raster.tileGrid.getResolutions();
  // Two steps past the deepest level, for a closer look at survey-scale features.
  const deeper = [...resolutions, resolutions.at(-1) / 2, resolutions.at(-1) / 4];
  const view = new View({
    projection: grids.raster.projection,
    resolutions: deeper,
    center: [0, 0],
    zoom: 0,
    constrainResolution: true,
  });
  if (extent) {
    const target = fromCode ? transformExtent(extent, fromCode, grids.raster.projection) : extent;
    view.fit(target, { size: map.getSize(), nearest: true });
  }
  return view;
}

/** Replaces every layer with tiles of the current grid; the catalog and choices stay. */
function buildLayers(grids) {
  for (const ol of [state.base, state.labelsLayer, ...olLayers.values()]) if (ol) map.removeLayer(ol);
  olLayers.clear();
  loadedLayers.clear();
  loading = 0;
  const track = tracker();
  state.base = wmtsLayer('basemap', grids.raster, {
    track,
    zIndex: Z_BASEMAP,
    properties: { layerId: 'basemap' },
  });
  state.labelsLayer = wmtsLayer('basemap_labels', grids.raster, {
    track,
    visible: state.labels,
    zIndex: Z_LABELS,
    properties: { layerId: 'basemap_labels' },
  });
  map.addLayer(state.base);
  for (const layer of catalog) {
    const ol = catalogLayer(layer, grids, track);
    olLayers.set(layer.id, ol);
    map.addLayer(ol);
  }
  map.addLayer(state.labelsLayer);
  panel.render(
    catalog,
    (id) => state.visible.has(id),
    (id) => (isVector(catalog.find((l) => l.id === id)) ? BASEMAP.vectorBadge : BASEMAP.tileBadge),
  );
  document.querySelector('.statusbar .crs').textContent = BASEMAP.grids[state.grid].crs;
  document.body.dataset.grid = state.grid;
  document.body.dataset.projection = grids.raster.projection;
}

/** Switches between Tianditu's c and w grids, keeping the area in view. */
async function switchGrid(grid) {
  if (grid === state.grid) return;
  const before = map.getView();
  const extent = before.calculateExtent(map.getSize());
  const fromCode = before.getProjection().getCode();
  baseSwitch.busy(true);
  try {
    state.grid = grid;
    const grids = await currentGrids();
    state.grids = grids;
    popup.hide();
    map.setView(viewFor(grids, extent, fromCode));
    marker.reproject(fromCode, grids.raster.projection);
    buildLayers(grids);
    updateStatus();
  } catch (e) {
    status.textContent = STATUS.gridFailed(GRIDS[grid].raster, e.message);
  } finally {
    baseSwitch.busy(false);
  }
}

/** Visible layers (catalog ones and the base map), in the status line and for tests. */
function visibleLayers() {
  const all = [state.base, ...olLayers.values(), state.labelsLayer].filter((l) => l);
  return all.filter((l) => l.getVisible());
}

/**
 * Signals for tests and the status line: data-loading = tiles in flight, data-features = visible
 * layers with at least one tile drawn, data-tiles-loaded / data-tiles-failed = tile loads so far.
 */
function updateStatus() {
  const visible = visibleLayers();
  const drawn = visible.filter((l) => loadedLayers.has(l.get('layerId'))).length;
  status.textContent = loading > 0 ? STATUS.loading(visible.length) : STATUS.showing(visible.length);
  document.body.dataset.loading = String(loading);
  document.body.dataset.features = String(drawn);
  document.body.dataset.tilesLoaded = String(tileCounts.loaded);
  document.body.dataset.tilesFailed = String(tileCounts.failed);
}

/** Tile events come in bursts: one status update per frame. */
let statusQueued = false;
function scheduleStatus() {
  if (statusQueued) return;
  statusQueued = true;
  requestAnimationFrame(() => {
    statusQueued = false;
    updateStatus();
  });
}

/** While the first start generates the sample city the catalog is incomplete: wait for it. */
async function waitUntilLoaded() {
  for (;;) {
    const response = await fetch('/api/health', { credentials: 'same-origin' });
    const health = await response.json().catch(() => ({}));
    if (health.status !== 'LOADING') return;
    status.textContent = STATUS.generating(health.step);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function reload() {
  popup.hide();
  await waitUntilLoaded();
  const [me, layers, grids] = await Promise.all([api.me(), api.layers(), currentGrids()]);
  account.render(me);
  renderTools(me);
  catalog = layers;
  // Layers met for the first time (e.g. internal ones after signing in) start as their kind says.
  for (const l of layers.filter((l) => !state.seen.has(l.id))) {
    state.seen.add(l.id);
    if (INITIALLY_VISIBLE.has(l.kind)) state.visible.add(l.id);
  }
  const first = state.grids === null;
  state.grids = grids;
  if (first) map.setView(viewFor(grids, null));
  buildLayers(grids);
  const boxes = layers.map((l) => l.bbox).filter((b) => b);
  if (boxes.length > 0 && !reload.fitted) {
    // The whole city: the union of the readable layers' extents (stored in CGCS2000).
    const extent = boxes.reduce((a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ]);
    reload.fitted = true;
    map.getView().fit(transformExtent(extent, 'EPSG:4490', grids.raster.projection), {
      padding: [20, 20, 20, 20],
      maxZoom: 16,
    });
  } else if (first) {
    map.getView().setCenter(toView(map, [116.12, 24.29]));
    map.getView().setZoom(13);
  }
  document.body.dataset.layers = String(layers.length);
  updateStatus();
}

map.on('pointermove', (event) => {
  const [x, y] = toLonLat(map, event.coordinate);
  document.getElementById('coords').textContent = STATUS.coords(x, y);
});

/**
 * Layers to query, topmost first (as drawn: higher zIndex, then later added): the visible ones,
 * and the BASE layers while the base map (which draws them) is shown.
 */
function queryLayers() {
  const shown = (ol) => {
    if (ol.getVisible()) return true;
    const layer = catalog.find((l) => l.id === ol.get('layerId'));
    return layer?.kind === 'BASE' && state.base?.getVisible();
  };
  return [...olLayers.values()]
    .map((ol, order) => ({ ol, order }))
    .filter(({ ol }) => shown(ol))
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
  // The WMS is asked in CGCS2000 whatever the view's CRS: on w, a Mercator metre per pixel along
  // a parallel is 1/111319.49 degree of longitude.
  const lonLat = toLonLat(map, event.coordinate);
  const metric = map.getView().getProjection().getUnits() === 'm';
  const resolution = map.getView().getResolution() / (metric ? 111319.49079327357 : 1);
  const url = source.getFeatureInfoUrl(lonLat, resolution, CGCS2000_WMS, {
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
/**
 * For tests and the console: the vector tile of a catalog layer under a lon/lat at the current zoom.
 */
function mvtUrlAt(layerId, lonLat) {
  const grid = state.grids.vector;
  const z = grid.tileGrid.getZForResolution(map.getView().getResolution());
  return mvtUrl(layerId, grid, grid.tileGrid.getTileCoordForCoordAndZ(toView(map, lonLat), z));
}
/** The view's centre in CGCS2000 lon/lat, whatever the grid. */
const centre = () => toLonLat(map, map.getView().getCenter());
window.onemap = { map, reload, switchGrid, mvtUrlAt, centre };
reload().catch((e) => {
  status.textContent = STATUS.loadFailed(e.message);
});
