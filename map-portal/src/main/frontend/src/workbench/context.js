import { call } from '../api.js';
import { Selection } from './Selection.js';

/**
 * The workbench context handed to every tool (`create(ctx)` in tools/registry.js): the map, the
 * catalog, the page's shared state (time, selection, map clicks) and a small event bus. Tools talk
 * to each other only through it.
 *
 * Events (`ctx.on(name, fn)`):
 * - `catalog` (layers): the readable layers were (re)loaded, e.g. after signing in or
 *   ctx.reloadCatalog();
 * - `me` (me): who is signed in ({authenticated, username, displayName, roles, department});
 * - `view-projection` ({from, to}): the map's CRS changed (grid switch); coordinates held by a tool
 *   in view units must be reprojected;
 * - `time` ({asOf}): the map is drawn as of another date (null = now);
 * - `selection` (Map of layerId → GeoJSON features);
 * - `layers` (): visibility, order or opacity of a layer changed.
 *
 * @param {object} shell the hooks shell.js provides (see createContext's call there)
 */
export function createContext(shell) {
  const listeners = new Map();
  const featureActions = [];
  const searchProviders = [];
  let clickOwner = null;
  let asOf = null;
  const ctx = {
    /** @type {import('ol/Map.js').default} */
    map: shell.map,
    api: { call },
    /** @returns {Array<object>} the readable layers as /api/layers lists them */
    catalog: () => shell.catalog(),
    layer: (id) => shell.catalog().find((l) => l.id === id),
    /**
     * Fetches the catalog again and redraws the layer tree and the map (after a layer was imported
     * or its metadata changed); resolves after the `catalog` event.
     * @returns {Promise<void>}
     */
    reloadCatalog: () => shell.reloadCatalog(),
    /** The OpenLayers layer drawing a catalog layer, or undefined. */
    olLayer: (id) => shell.olLayer(id),
    /** The named style a catalog layer is drawn in (chosen in the tree, or its named default); undefined: built-in. */
    styleOf: (id) => shell.styleOf(id),
    /** Visible catalog layer ids, topmost first (as drawn). */
    visibleLayerIds: () => shell.visibleLayerIds(),
    setVisible: (id, on) => shell.setVisible(id, on),
    /**
     * Draws a catalog layer another way until called with null (thematic maps): `createLayer(layer,
     * grids, options)` returns its OpenLayers layer (options: visible, opacity, zIndex, properties,
     * time, track — report loads as the tile layers do); `legendUrl` replaces its legend in the tree,
     * `badge` its drawing-mode label. The layers are rebuilt at once and after every grid or time change.
     */
    overrideLayer: (id, override) => shell.overrideLayer(id, override),
    /** View coordinate → CGCS2000 [lon, lat]. */
    toLonLat: (coordinate) => shell.toLonLat(coordinate),
    /** CGCS2000 [lon, lat] → view coordinate. */
    fromLonLat: (lonLat) => shell.fromLonLat(lonLat),
    /** The view's CRS code, e.g. 'EPSG:4490' or 'EPSG:3857'. */
    viewProjection: () => shell.map.getView().getProjection().getCode(),
    me: () => shell.me(),
    hasRole: (...roles) => (shell.me()?.roles ?? []).some((r) => roles.includes(r)),
    openTool: (id, args) => shell.openTool(id, args),
    closeTool: () => shell.closeTool(),
    status: (text) => shell.status(text),
    on(name, fn) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name).add(fn);
      return () => listeners.get(name).delete(fn);
    },
    emit(name, payload) {
      for (const fn of listeners.get(name) ?? []) {
        try {
          fn(payload);
        } catch (e) {
          console.error(`listener of ${name}`, e);
        }
      }
    },
    /** A drawing tool takes map clicks; identify stays quiet until released. */
    claimClicks: (owner) => {
      clickOwner = owner;
    },
    releaseClicks: (owner) => {
      if (clickOwner === owner) clickOwner = null;
    },
    clicksClaimedBy: () => clickOwner,
    time: {
      /** @returns {string|null} 'YYYY-MM-DD' the map is drawn as of, or null for now */
      asOf: () => asOf,
      /** Redraws every versioned layer as of `date` ('YYYY-MM-DD', or null for now). */
      setAsOf(date) {
        if ((date ?? null) === asOf) return;
        asOf = date ?? null;
        shell.redrawForTime(asOf);
        ctx.emit('time', { asOf });
      },
    },
    /**
     * A button shown for each feature in the identify popup.
     * @param {{id: string, title: string, run: (layer: object, feature: object) => void, when?: (layer: object) => boolean}} action
     */
    addFeatureAction(action) {
      featureActions.push(action);
    },
    featureActions: (layer) => featureActions.filter((a) => !a.when || a.when(layer)),
    /**
     * A source of search-box results beside the geocoder.
     * @param {{id: string, title: string, search: (q: string) => Promise<Array<{label: string, meta?: string, lonLat?: number[], extent?: number[], pick?: () => void}>>}} provider
     */
    addSearchProvider(provider) {
      searchProviders.push(provider);
    },
    searchProviders: () => [...searchProviders],
    /**
     * Another base map in the base-map switch.
     * @param {{id: string, title: string, createLayer: (o: {grid: string, grids: object, projection: string, track: object}) => import('ol/layer/Base.js').default|null}} entry
     */
    addBaseMap: (entry) => shell.addBaseMap(entry),
  };
  ctx.selection = new Selection(ctx);
  return ctx;
}
