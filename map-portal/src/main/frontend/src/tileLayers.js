import TileLayer from 'ol/layer/Tile.js';
import VectorTileLayer from 'ol/layer/VectorTile.js';
import WMTS from 'ol/source/WMTS.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import MVT from 'ol/format/MVT.js';

/**
 * Layer factories for the portal's own tiles (contract: docs of issue 10): WMTS RESTful raster
 * tiles and XYZ Mapbox vector tiles, both in a grid from tileGrids.js. Every source reports its
 * tile loads to `track` so the status line (and the browser test) can tell when the view is drawn.
 */

/** The RESTful WMTS template; OpenLayers fills Layer/Style/TileMatrixSet and the tile address. */
const WMTS_TEMPLATE = '/wmts/{Layer}/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png';

function report(source, key, track) {
  source.on('tileloadstart', () => track.start(key));
  source.on('tileloadend', () => track.end(key, true));
  source.on('tileloaderror', () => track.end(key, false));
}

/**
 * A raster tileset (basemap, basemap_labels or a catalog layer's default style) over WMTS.
 * @param {string} tileset
 * @param {{id: string, projection: string, tileGrid: import('ol/tilegrid/WMTS.js').default}} grid
 * @param {object} options layer options (visible, zIndex, properties), `track`, `time` (a
 *   'YYYY-MM-DD' to draw the layer as of that date; null for now) and `style` (a named style;
 *   the tileset's default when absent — a new default is then a new URL, not a stale cached tile)
 */
export function wmtsLayer(tileset, grid, { track, time, style, ...options }) {
  const source = new WMTS({
    // A past state is its own tile (the server caches it under the date): `time=YYYY-MM-DD`.
    url: time ? `${WMTS_TEMPLATE}?time=${encodeURIComponent(time)}` : WMTS_TEMPLATE,
    requestEncoding: 'REST',
    layer: tileset,
    style: style ?? 'default',
    matrixSet: grid.id,
    format: 'image/png',
    projection: grid.projection,
    tileGrid: grid.tileGrid,
    wrapX: false,
  });
  report(source, tileset, track);
  // preload: coarser tiles stand in while the finer ones load, so a pan never shows blanks.
  return new TileLayer({ source, preload: 2, ...options });
}

/** The URL of one vector tile: x = column, y = row from the top, z = the set's own identifier. */
export function mvtUrl(tileset, grid, tileCoord, time) {
  const [z, x, y] = tileCoord;
  const level = grid.tileGrid.getMatrixId(z);
  const url = `/tiles/${encodeURIComponent(tileset)}/${encodeURIComponent(grid.id)}/${level}/${x}/${y}.mvt`;
  return time ? `${url}?time=${encodeURIComponent(time)}` : url;
}

/**
 * A catalog layer as Mapbox vector tiles, drawn in the browser with `style`.
 * @param {{id: string}} layer catalog entry
 */
export function vectorTileLayer(layer, grid, style, { track, time, ...options }) {
  const source = new VectorTileSource({
    format: new MVT(),
    projection: grid.projection,
    tileGrid: grid.tileGrid,
    tileUrlFunction: (tileCoord) => mvtUrl(layer.id, grid, tileCoord, time),
    wrapX: false,
  });
  report(source, layer.id, track);
  return new VectorTileLayer({
    source,
    style,
    declutter: false,
    // 'hybrid' draws features on the layer canvas and keeps panning at image speed.
    renderMode: 'hybrid',
    ...options,
  });
}
