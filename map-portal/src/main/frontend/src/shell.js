// The workbench shell, loaded by main.js while the page's first requests are under way.
import { takeEarly } from './boot.js';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import { defaults as defaultInteractions } from 'ol/interaction/defaults.js';
import { get as getProjection, transform, transformExtent } from 'ol/proj.js';
import './cgcs2000.js';
import { api } from './api.js';
import { BASEMAP, SHELL, STATUS, VIEW_GRIDS } from './messages.js';
import { LayerTree, groupName } from './LayerTree.js';
import { BaseMapSwitch } from './BaseMapSwitch.js';
import { AccountBox } from './AccountBox.js';
import { SearchBox } from './SearchBox.js';
import { AddressMarker } from './AddressMarker.js';
import { ReversePopup } from './ReversePopup.js';
import { loadTileGrid } from './tileGrids.js';
import { mvtUrl, vectorTileLayer, wmtsLayer } from './tileLayers.js';
import { VECTOR_KINDS, vectorStyle } from './vectorStyles.js';
import { groundResolution, resolutionFor, toLonLat, toView } from './viewCoords.js';
import { CoordinateReadout } from './CoordinateReadout.js';
import { decodeLink, encodeLink, links } from './permalink.js';
import { LinkControl } from './LinkControl.js';
import { createContext } from './workbench/context.js';
import { Dock } from './workbench/Dock.js';
import { mapControls } from './workbench/MapControls.js';
import { Toolbar } from './workbench/Toolbar.js';
import { CASE_ROLES, EVALUATION_ROLES, TOOL_REGISTRY } from './tools/registry.js';

/** Layers shown when the page opens; the rest are a click away in the layer tree. BASE layers
 * are in the `basemap` tileset already, so each is off until asked for. */
const INITIALLY_VISIBLE = new Set(['UNIT_GRID']);
/**
 * Tile matrix sets per base-map choice: raster tiles in Tianditu's own set, vector tiles in the
 * set the vector-tile service publishes for that CRS (c for CGCS2000; WebMercatorQuad for 3857).
 */
const GRIDS = {
  c: { raster: 'c', vector: 'c' },
  w: { raster: 'w', vector: 'WebMercatorQuad' },
  // The city's Gauss-Krüger plane (EPSG:4548), 1:50,000 to 1:500, for large-scale work.
  gk: { raster: 'MeizhouGK', vector: 'MeizhouGK' },
};
/** Titles and CRS names of the grids, in the switch's order. */
const GRID_TITLES = { ...BASEMAP.grids, ...VIEW_GRIDS };
/** Draw order: base map, the catalog layers in the tree's order, labels, then tools' overlays. */
const Z_BASEMAP = 0;
const Z_LABELS = 900;
const PHONE = window.matchMedia('(max-width: 640px)');

const status = document.getElementById('status');
/** The map's as-of date in the status bar (also on a phone, where the status text is hidden). */
const asOfBadge = document.createElement('span');
asOfBadge.className = 'asof';
asOfBadge.hidden = true;
status.after(asOfBadge);
const { controls, overview } = mapControls(() => zoomHome());
const map = new Map({
  target: 'map',
  controls,
  // Arrow keys pan and +/− zoom while the map has the focus (it is tabbable).
  interactions: defaultInteractions({ onFocusOnly: true }),
  keyboardEventTarget: document.getElementById('map'),
});
document.getElementById('map').setAttribute('aria-label', SHELL.map);
/** Catalog layer id → its OpenLayers layer (tiles, raster or vector). */
const olLayers = new globalThis.Map();
/** Catalog layers a tool draws its own way (thematic maps): id → {createLayer, legendUrl, badge}. */
const layerOverrides = new globalThis.Map();
let catalog = [];
let me = { authenticated: false, roles: [] };
/** The page's state across rebuilds (sign-in, grid switch, time). */
const state = {
  grid: 'c',
  labels: true,
  visible: new Set(),
  seen: new Set(),
  /** Drawing order of catalog layers, bottom first. */
  order: [],
  opacity: new globalThis.Map(),
  /** A named style the user chose for a layer (layer tree options), by layer id. */
  styles: new globalThis.Map(),
  grids: null,
  base: null,
  labelsLayer: null,
  asOf: null,
  cityExtent: null,
  /** The base map shown: an id of baseMaps. */
  baseMap: 'vector',
};

/** The permalink the page was opened with: its choices apply before the first build. */
const startLink = decodeLink(window.location.hash);
if (startLink.grid && GRIDS[startLink.grid]) state.grid = startLink.grid;
if (startLink.base) state.baseMap = startLink.base;
if (startLink.layers) state.visible = new Set(startLink.layers);

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

const ctx = createContext({
  map,
  catalog: () => catalog,
  reloadCatalog: () => reload(),
  olLayer: (id) => olLayers.get(id),
  styleOf: (id) => {
    const layer = catalog.find((l) => l.id === id);
    return layer ? namedStyle(layer) : undefined;
  },
  visibleLayerIds: () => queryLayers(),
  setVisible: (id, on) => setVisible(id, on),
  toLonLat: (coordinate) => toLonLat(map, coordinate),
  fromLonLat: (lonLat) => toView(map, lonLat),
  me: () => me,
  openTool: (id, args) => openTool(id, args),
  closeTool: () => dock.close(),
  status: (text) => {
    status.textContent = text;
  },
  addBaseMap: (entry) => {
    baseMaps.push(entry);
    baseSwitch.render(baseMaps);
  },
  overrideLayer: (id, override) => {
    if (override) layerOverrides.set(id, override);
    else layerOverrides.delete(id);
    if (state.grids) buildLayers(state.grids);
    ctx.emit('layers');
  },
  redrawForTime: (asOf) => {
    state.asOf = asOf;
    if (state.grids) buildLayers(state.grids);
    updateStatus();
  },
});

if (startLink.time) ctx.time.setAsOf(startLink.time);

const tree = new LayerTree(document.getElementById('layers'), {
  onToggle: (id, visible) => setVisible(id, visible),
  onOpacity: (id, opacity) => {
    state.opacity.set(id, opacity);
    olLayers.get(id)?.setOpacity(opacity);
    ctx.emit('layers');
  },
  onMove: (id, delta) => moveLayer(id, delta),
  onStyle: (id, name) => {
    if (name) state.styles.set(id, name);
    else state.styles.delete(id);
    if (state.grids) buildLayers(state.grids);
    ctx.emit('layers');
  },
  onZoomTo: (id) => {
    const layer = catalog.find((l) => l.id === id);
    if (layer?.bbox) fitLonLat(layer.bbox);
  },
});
/**
 * Base maps: our base layers as 矢量 (vector colours) or 影像 (imagery colours) tiles, and any
 * other base a tool adds with ctx.addBaseMap (e.g. an external WMTS).
 */
const baseMaps = [
  { id: 'vector', title: BASEMAP.baseMaps.vector, tileset: 'basemap' },
  { id: 'imagery', title: BASEMAP.baseMaps.imagery, tileset: 'basemap_imagery' },
];
const baseSwitch = new BaseMapSwitch(document.getElementById('basemap'), state, GRID_TITLES, {
  onGrid: (grid) => switchGrid(grid),
  onLabels: (on) => {
    state.labels = on;
    state.labelsLayer?.setVisible(on);
    updateStatus();
  },
  onBaseMap: (id) => {
    state.baseMap = id;
    if (state.grids) buildLayers(state.grids);
    updateStatus();
    ctx.emit('layers');
  },
});
baseSwitch.render(baseMaps);
const account = new AccountBox(document.getElementById('account'), () => reload());
const marker = new AddressMarker(map);
new SearchBox(document.getElementById('search'), (candidate) => marker.show(candidate), ctx);
new ReversePopup(map, document.getElementById('reverse'), ctx);

/** Sidebar: a column on a desktop (collapsible), a drawer over the map on a phone. */
const sidebar = document.getElementById('sidebar');
const sidebarToggle = document.getElementById('sidebar-toggle');
sidebarToggle.textContent = '☰';
sidebarToggle.title = SHELL.sidebar;
sidebarToggle.setAttribute('aria-label', SHELL.sidebar);
sidebar.setAttribute('aria-label', SHELL.sidebar);
function setSidebar(open) {
  document.body.classList.toggle('sidebar-open', open);
  document.body.classList.toggle('sidebar-closed', !open);
  sidebarToggle.setAttribute('aria-expanded', String(open));
  // The map's size changes with the desktop column.
  requestAnimationFrame(() => map.updateSize());
}
setSidebar(!PHONE.matches);
const sidebarClose = document.getElementById('sidebar-close');
sidebarClose.textContent = '×';
sidebarClose.title = SHELL.close;
sidebarClose.setAttribute('aria-label', SHELL.close);
sidebarClose.addEventListener('click', () => setSidebar(false));
// A tap on the map beside the phone's layer drawer closes it.
document.getElementById('map').addEventListener('pointerdown', () => {
  if (PHONE.matches && document.body.classList.contains('sidebar-open')) setSidebar(false);
});
sidebarToggle.addEventListener('click', () => setSidebar(!document.body.classList.contains('sidebar-open')));
PHONE.addEventListener('change', () => setSidebar(!PHONE.matches));

/** The dock and the tools' buttons. */
const toolInstances = new globalThis.Map();
async function instantiate(entry) {
  if (!toolInstances.has(entry.id)) {
    const module = await entry.load();
    toolInstances.set(entry.id, module.default(ctx));
  }
  return toolInstances.get(entry.id);
}
const dock = new Dock(document.getElementById('dock'), instantiate);
const toolbar = new Toolbar(document.getElementById('tools'), {
  isOpen: (id) => dock.isOpen(id),
  toggle: (id) => (dock.isOpen(id) ? dock.close() : openTool(id)),
});
dock.onChange((id) => {
  document.body.dataset.tool = id ?? '';
  toolbar.update();
  // A phone shows one sheet at a time: the layer drawer gives way to a tool.
  if (id && PHONE.matches) setSidebar(false);
  requestAnimationFrame(() => map.updateSize());
});

function allowed(entry) {
  const roles = me.roles ?? [];
  switch (entry.needs) {
    case 'signedIn':
      return me.authenticated;
    case 'editor':
      return roles.includes('EDITOR') || roles.includes('ADMIN');
    case 'admin':
      return roles.includes('ADMIN');
    case 'cases':
      return CASE_ROLES.some((r) => roles.includes(r));
    case 'evaluation':
      return EVALUATION_ROLES.some((r) => roles.includes(r));
    default:
      return true;
  }
}

async function openTool(id, args) {
  const entry = TOOL_REGISTRY.find((t) => t.id === id && t.place === 'dock');
  if (!entry || !allowed(entry)) return null;
  return dock.open(entry, args);
}

function renderTools() {
  if (dock.current && !allowed(dock.current.entry)) dock.close();
  toolbar.render(TOOL_REGISTRY.filter((t) => t.place === 'dock' && allowed(t)));
}

/**
 * Startup tools are created once, after the first view is drawn, in registry order; their chunks
 * are fetched together. A failing one is reported.
 */
let startupDone = false;
async function startTools() {
  if (startupDone) return;
  startupDone = true;
  const entries = TOOL_REGISTRY.filter((t) => t.place === 'startup');
  for (const entry of entries) entry.load().catch(() => {});
  for (const entry of entries) {
    try {
      await instantiate(entry);
    } catch (e) {
      console.error(`tool ${entry.id}`, e);
      status.textContent = SHELL.toolFailed(e.message);
    }
  }
  document.body.dataset.toolsReady = 'true';
}

/**
 * Dense layers become vector tiles; the rest raster tiles of their own tileset. A layer whose
 * default is a named (SLD) style is drawn by the server in that style, as raster tiles: the
 * browser's vector styles know only the built-in ones.
 */
function isVector(layer) {
  return VECTOR_KINDS.has(layer.kind) && !namedStyle(layer);
}

/**
 * The named style the layer is drawn in: the one the user chose, else its default when that is
 * a named style; undefined for the built-in default.
 */
function namedStyle(layer) {
  const names = new Set((layer.styles ?? []).map((s) => s.name));
  const chosen = state.styles.get(layer.id);
  if (chosen && names.has(chosen)) return chosen;
  return names.has(layer.defaultStyle) ? layer.defaultStyle : undefined;
}

/** Polygons under lines under points, the first time a layer is seen; the user reorders after. */
function geometryRank(layer) {
  return layer.geometryType.includes('POINT') ? 3 : layer.geometryType.includes('LINE') ? 2 : 1;
}

function catalogLayer(layer, grids, track, zIndex) {
  const options = {
    track,
    time: layer.versioned ? state.asOf : null,
    visible: state.visible.has(layer.id),
    opacity: state.opacity.get(layer.id) ?? 1,
    properties: { layerId: layer.id },
    zIndex,
  };
  const override = layerOverrides.get(layer.id);
  if (override) return override.createLayer(layer, grids, options);
  return isVector(layer)
    ? vectorTileLayer(layer, grids.vector, vectorStyle(layer), options)
    : wmtsLayer(layer.id, grids.raster, { ...options, style: namedStyle(layer) });
}

/** Loads the two grids of the current choice (cached per page). */
async function currentGrids() {
  const ids = GRIDS[state.grid];
  const [raster, vector] = await Promise.all([loadTileGrid(ids.raster), loadTileGrid(ids.vector)]);
  return { raster, vector };
}

/**
 * A view in the grid's CRS whose zoom levels are the grid's own levels (tiles drawn at their
 * native size, no resampling blur); the caller sets its centre and resolution.
 */
function viewFor(grids) {
  const resolutions = grids.raster.tileGrid.getResolutions();
  // Two steps past the deepest level, for a closer look at survey-scale features.
  const deeper = [...resolutions, resolutions.at(-1) / 2, resolutions.at(-1) / 4];
  const projection = getProjection(grids.raster.projection);
  const view = new View({
    projection,
    resolutions: deeper,
    // The GK plane is the city's own: the view stays over its tile matrix set.
    extent: grids.raster.id === GRIDS.gk.raster ? projection.getExtent() : undefined,
    center: [0, 0],
    zoom: 0,
    constrainResolution: true,
  });
  return view;
}

/** The catalog in drawing order, topmost first (as the tree lists it). */
function topmostFirst() {
  const rank = new globalThis.Map(state.order.map((id, i) => [id, i]));
  return [...catalog].sort((a, b) => rank.get(b.id) - rank.get(a.id));
}

/**
 * The chosen base map's layer: one of our base tilesets, or an added base's own layer
 * (`createLayer({grid, grids, projection, track})`), falling back to 矢量 if it has none here.
 */
function baseLayer(grids, track) {
  const chosen = baseMaps.find((b) => b.id === state.baseMap) ?? baseMaps[0];
  const options = { track, zIndex: Z_BASEMAP, properties: { layerId: 'basemap', baseMap: chosen.id } };
  const custom = chosen.createLayer?.({ grid: state.grid, grids, projection: grids.raster.projection, track });
  if (custom) {
    custom.setZIndex(Z_BASEMAP);
    custom.set('layerId', 'basemap');
    custom.set('baseMap', chosen.id);
    return custom;
  }
  return wmtsLayer(chosen.tileset ?? 'basemap', grids.raster, { ...options, time: state.asOf });
}

/** Replaces every layer with tiles of the current grid and time; the catalog and choices stay. */
function buildLayers(grids) {
  for (const ol of [state.base, state.labelsLayer, ...olLayers.values()]) if (ol) map.removeLayer(ol);
  olLayers.clear();
  loadedLayers.clear();
  loading = 0;
  const track = tracker();
  state.base = baseLayer(grids, track);
  state.labelsLayer = wmtsLayer('basemap_labels', grids.raster, {
    track,
    time: state.asOf,
    visible: state.labels,
    zIndex: Z_LABELS,
    properties: { layerId: 'basemap_labels' },
  });
  map.addLayer(state.base);
  for (const layer of catalog) {
    const ol = catalogLayer(layer, grids, track, 1 + state.order.indexOf(layer.id));
    olLayers.set(layer.id, ol);
    map.addLayer(ol);
  }
  map.addLayer(state.labelsLayer);
  if (firstDrawn) showOverview(grids);
  else holdPreload();
  renderTree();
  document.querySelector('.statusbar .crs').textContent = GRID_TITLES[state.grid].crs;
  document.body.dataset.grid = state.grid;
  document.body.dataset.projection = grids.raster.projection;
  document.body.dataset.asOf = state.asOf ?? '';
  asOfBadge.textContent = state.asOf ? SHELL.asOf(state.asOf) : '';
  asOfBadge.hidden = !state.asOf;
  document.body.dataset.baseMap = state.baseMap;
}

/** The overview map's base: only once the first view is drawn, so its tiles wait for the map's. */
function showOverview(grids) {
  const overviewLayers = overview.getOverviewMap().getLayers();
  overviewLayers.clear();
  overviewLayers.push(wmtsLayer('basemap', grids.raster, { track: { start() {}, end() {} } }));
}

/**
 * Before the first view is drawn, the tile layers ask for no coarser stand-in tiles (their preload,
 * for pans and zooms later): only the tiles the view shows.
 */
function holdPreload() {
  for (const layer of map.getLayers().getArray()) {
    if (!(layer.getPreload?.() > 0)) continue;
    layer.set('preloadAfterFirstDraw', layer.getPreload());
    layer.setPreload(0);
  }
}

function releasePreload() {
  for (const layer of map.getLayers().getArray()) {
    const preload = layer.get('preloadAfterFirstDraw');
    if (preload === undefined) continue;
    layer.unset('preloadAfterFirstDraw');
    layer.setPreload(preload);
  }
}

/**
 * Resolves when the first view has been drawn (every tile in), or after `patience` ms, whichever
 * comes first: what is not needed to see the map (overview, startup tools) waits for it.
 */
let firstDrawn = false;
function firstDraw(patience = 2500) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.un('rendercomplete', done);
      firstDrawn = true;
      resolve();
    };
    const timer = setTimeout(done, patience);
    map.on('rendercomplete', done);
  });
}

function renderTree() {
  tree.render(topmostFirst(), {
    isVisible: (id) => state.visible.has(id),
    opacityOf: (id) => state.opacity.get(id) ?? 1,
    styleOf: (id) => {
      const layer = catalog.find((l) => l.id === id);
      return layer ? namedStyle(layer) : undefined;
    },
    modeOf: (id) =>
      layerOverrides.get(id)?.badge ??
      (isVector(catalog.find((l) => l.id === id)) ? BASEMAP.vectorBadge : BASEMAP.tileBadge),
    legendOf: (id) => layerOverrides.get(id)?.legendUrl,
  });
}

function setVisible(id, visible) {
  if (visible) state.visible.add(id);
  else state.visible.delete(id);
  olLayers.get(id)?.setVisible(visible);
  renderTree();
  updateStatus();
  ctx.emit('layers');
}

/** Moves a layer above (+1) or below (−1) its neighbour in the same tree group. */
function moveLayer(id, delta) {
  const layer = catalog.find((l) => l.id === id);
  const peers = state.order.filter((other) => groupName(catalog.find((l) => l.id === other)) === groupName(layer));
  const at = peers.indexOf(id);
  const neighbour = peers[at + delta];
  if (neighbour === undefined) return;
  const i = state.order.indexOf(id);
  const j = state.order.indexOf(neighbour);
  [state.order[i], state.order[j]] = [state.order[j], state.order[i]];
  state.order.forEach((layerId, index) => olLayers.get(layerId)?.setZIndex(1 + index));
  renderTree();
  document.querySelector(`[data-layer="${CSS.escape(id)}"] ${delta > 0 ? '.layer-up' : '.layer-down'}`)?.focus();
  ctx.emit('layers');
}

/**
 * Switches the grid (Tianditu's c = EPSG:4490, w = EPSG:3857, or the city's GK plane EPSG:4548),
 * keeping the view's centre and its ground scale (metres per pixel, the nearest level of the new
 * grid; the GK set starts at 1:50,000).
 */
async function switchGrid(grid) {
  if (grid === state.grid || !GRIDS[grid]) return;
  const before = map.getView();
  const fromCode = before.getProjection().getCode();
  const centre = toLonLat(map, before.getCenter());
  const metres = groundResolution(fromCode, before.getResolution(), before.getCenter());
  const previous = state.grid;
  baseSwitch.busy(true);
  try {
    state.grid = grid;
    const grids = await currentGrids();
    state.grids = grids;
    const view = viewFor(grids);
    const at = transform(centre, 'EPSG:4490', grids.raster.projection);
    view.setCenter(at);
    view.setResolution(resolutionFor(grids.raster.projection, metres, at));
    map.setView(view);
    // A switch asked by a link (not the radios) shows in the radios too.
    baseSwitch.render(baseMaps);
    marker.reproject(fromCode, grids.raster.projection);
    buildLayers(grids);
    ctx.emit('view-projection', { from: fromCode, to: grids.raster.projection });
    updateStatus();
  } catch (e) {
    state.grid = previous;
    baseSwitch.render(baseMaps);
    status.textContent = STATUS.gridFailed(GRIDS[grid].raster, e.message);
  } finally {
    baseSwitch.busy(false);
  }
}

/**
 * Fits the view to a CGCS2000 box, animated unless `animate` is false (the first view: an animation
 * would ask for tiles of every zoom level it passes through).
 */
function fitLonLat(bbox, { animate = true } = {}) {
  map.getView().fit(transformExtent(bbox, 'EPSG:4490', map.getView().getProjection()), {
    padding: [20, 20, 20, 20],
    maxZoom: 16,
    duration: animate ? 250 : 0,
  });
}

function zoomHome() {
  if (state.cityExtent) fitLonLat(state.cityExtent);
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
  const base = loading > 0 ? STATUS.loading(visible.length) : STATUS.showing(visible.length);
  status.textContent = base;
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

/**
 * While the first start generates the sample city the catalog is incomplete: wait for it.
 * @returns {Promise<boolean>} whether it had to wait
 */
async function waitUntilLoaded() {
  for (let waited = false; ; waited = true) {
    const response = await (takeEarly('/api/health') ?? fetch('/api/health', { credentials: 'same-origin' }));
    const health = await response.json().catch(() => ({}));
    if (health.status !== 'LOADING') return waited;
    status.textContent = STATUS.generating(health.step);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function reload() {
  // Asked for at once with the health check (one round trip less on the first map); asked again
  // if the sample city was still being generated.
  const fetchAll = () => Promise.all([api.me(), api.layers(), currentGrids()]);
  const early = fetchAll();
  early.catch(() => {});
  const waited = await waitUntilLoaded();
  const [who, layers, grids] = await (waited ? fetchAll() : early);
  me = who;
  account.render(me);
  catalog = layers;
  // Layers met for the first time (e.g. internal ones after signing in) start as their kind says,
  // and are placed by geometry (polygons lowest) above the layers already known.
  const fresh = layers.filter((l) => !state.seen.has(l.id));
  // A permalink's layer list replaces the defaults on the first load.
  const linked = state.grids === null && startLink.layers;
  for (const l of fresh) {
    state.seen.add(l.id);
    if (INITIALLY_VISIBLE.has(l.kind) && !linked) state.visible.add(l.id);
  }
  const known = new Set(layers.map((l) => l.id));
  state.order = state.order.filter((id) => known.has(id));
  const rank = (l) => geometryRank(l) * 1000 + layers.indexOf(l);
  const ordered = [...layers].sort((a, b) => rank(a) - rank(b)).map((l) => l.id);
  for (const l of fresh) {
    const before = ordered.indexOf(l.id);
    const after = state.order.findIndex((id) => ordered.indexOf(id) > before);
    state.order.splice(after < 0 ? state.order.length : after, 0, l.id);
  }
  const first = state.grids === null;
  state.grids = grids;
  const boxes = layers.map((l) => l.bbox).filter((b) => b);
  if (boxes.length > 0) {
    // The whole city: the union of the readable layers' extents (stored in CGCS2000).
    state.cityExtent = boxes.reduce((a, b) => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ]);
  }
  // The first view is the city's before any layer exists: no tiles of a passing zoom are asked for.
  if (first) {
    map.setView(viewFor(grids));
    if (startLink.center) {
      map.getView().setCenter(toView(map, startLink.center));
      map.getView().setZoom(startLink.zoom ?? 14);
    } else if (state.cityExtent) fitLonLat(state.cityExtent, { animate: false });
    else {
      map.getView().setCenter(toView(map, [116.12, 24.29]));
      map.getView().setZoom(13);
    }
  }
  buildLayers(grids);
  renderTools();
  document.body.dataset.layers = String(layers.length);
  updateStatus();
  ctx.emit('me', me);
  ctx.emit('catalog', layers);
  if (first && startLink.selection) await restoreSelection(startLink.selection);
  linkReady = true;
  scheduleLink();
  if (first) {
    await firstDraw();
    releasePreload();
    showOverview(state.grids);
  }
  await startTools();
}

/** The page's state as a permalink (see permalink.js). */
function currentLink() {
  const view = map.getView();
  return {
    center: toLonLat(map, view.getCenter()),
    zoom: view.getZoom(),
    grid: state.grid,
    layers: [...state.visible],
    base: state.baseMap,
    time: state.asOf,
    selection: ctx.selection.ids(),
  };
}

/** Writes the permalink into the URL (replaceState: no history entry per pan). */
let linkReady = false;
let linkTimer = null;
function writeLink() {
  clearTimeout(linkTimer);
  linkTimer = null;
  if (!linkReady) return window.location.hash;
  const hash = `#${encodeLink(currentLink())}`;
  if (hash !== window.location.hash) history.replaceState(history.state, '', hash);
  document.body.dataset.permalink = hash;
  return hash;
}
/** At most one URL update per 300 ms while the user pans, toggles layers, moves in time. */
function scheduleLink() {
  if (linkTimer === null) linkTimer = setTimeout(writeLink, 300);
}

/** Selects the features a link names (as of the map's time), layer by layer. */
async function restoreSelection(selection) {
  ctx.selection.clear();
  for (const [layerId, ids] of selection) {
    if (!catalog.some((l) => l.id === layerId) || ids.length === 0) continue;
    const params = new URLSearchParams({ ids: ids.join(','), limit: String(ids.length) });
    if (state.asOf) params.set('asOf', state.asOf);
    try {
      const body = await ctx.api.call(`/api/layers/${encodeURIComponent(layerId)}/features?${params}`);
      ctx.selection.set(layerId, body.features ?? []);
    } catch (e) {
      status.textContent = e.message;
    }
  }
}

/** Opens a permalink in this page (a bookmark, or a hash typed into the address bar). */
async function applyLink(hash) {
  const link = decodeLink(hash);
  if (link.grid && GRIDS[link.grid] && link.grid !== state.grid) await switchGrid(link.grid);
  let rebuild = false;
  if (link.base && baseMaps.some((b) => b.id === link.base) && link.base !== state.baseMap) {
    state.baseMap = link.base;
    baseSwitch.render(baseMaps);
    rebuild = true;
  }
  if (link.layers) {
    const wanted = new Set(link.layers);
    for (const id of [...state.visible]) if (!wanted.has(id)) setVisible(id, false);
    for (const id of wanted) if (!state.visible.has(id)) setVisible(id, true);
  }
  if ((link.time ?? null) !== state.asOf) ctx.time.setAsOf(link.time ?? null);
  else if (rebuild && state.grids) buildLayers(state.grids);
  if (rebuild) ctx.emit('layers');
  if (link.center) map.getView().setCenter(toView(map, link.center));
  if (link.zoom !== undefined) map.getView().setZoom(link.zoom);
  await restoreSelection(link.selection ?? []);
  writeLink();
}
links.current = () => writeLink();
links.open = (hash) => applyLink(hash);
window.addEventListener('hashchange', () => applyLink(window.location.hash));
map.on('moveend', scheduleLink);
for (const name of ['layers', 'time', 'selection', 'view-projection']) ctx.on(name, scheduleLink);

const coords = new CoordinateReadout(document.getElementById('coords'));
map.on('pointermove', (event) => {
  if (event.dragging) return;
  coords.show(toLonLat(map, event.coordinate));
});
// A touch screen has no hover: a tap shows where it was.
map.on('singleclick', (event) => coords.show(toLonLat(map, event.coordinate)));
map.addControl(new LinkControl(() => new URL(writeLink(), window.location.href).href, (text) => ctx.status(text)));

/**
 * Layers to query, topmost first (as drawn): the visible ones, and the BASE layers while the base
 * map (which draws them) is shown.
 */
function queryLayers() {
  const shown = (id) => {
    if (state.visible.has(id)) return true;
    const layer = catalog.find((l) => l.id === id);
    return layer?.kind === 'BASE' && state.base?.getVisible();
  };
  return topmostFirst()
    .map((l) => l.id)
    .filter(shown);
}

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
window.onemap = { map, ctx, reload, switchGrid, mvtUrlAt, centre, openTool, coords };
reload().catch((e) => {
  status.textContent = STATUS.loadFailed(e.message);
});
