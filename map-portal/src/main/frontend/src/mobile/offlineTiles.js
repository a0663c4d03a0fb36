/**
 * "Offline map of my grid": the WMTS tile URLs that cover a grid's extent at a few levels around
 * the one the grid fills the phone's screen at, fetched into the cache the service worker answers
 * tile requests from first (cache-first). URLs are those the map's WMTS sources ask for
 * (tileLayers.js' RESTful template), so a cached tile is a hit.
 */

/** The Cache Storage cache of offline tiles (the service worker reads it; see serviceWorker.js). */
export const TILE_CACHE = 'onemap-m-tiles';

/** The base map's tilesets the app draws, both cached for offline use. */
export const OFFLINE_TILESETS = ['basemap', 'basemap_labels'];

/**
 * The levels to cache: from one coarser than the level where the extent fills `screenPx`
 * pixels, `finer` levels finer, within the grid's levels.
 * @param {import('ol/tilegrid/WMTS.js').default} tileGrid
 * @param {number[]} extent [minX, minY, maxX, maxY] in the grid's CRS
 */
export function offlineLevels(tileGrid, extent, { screenPx = 360, finer = 3 } = {}) {
  const size = Math.max(extent[2] - extent[0], extent[3] - extent[1]);
  const fit = tileGrid.getZForResolution(size / screenPx, 1);
  const max = tileGrid.getMaxZoom();
  const levels = [];
  for (let z = Math.max(tileGrid.getMinZoom(), fit - 1); z <= Math.min(max, fit + finer); z++) levels.push(z);
  return levels;
}

/**
 * Every tile URL of `tilesets` over `extent` at `levels`.
 * @param {{id: string, tileGrid: import('ol/tilegrid/WMTS.js').default}} grid a loaded tile grid
 * @param {number[]} extent
 * @param {number[]} levels OpenLayers zoom levels of the grid
 * @param {string[]} [tilesets]
 * @returns {string[]}
 */
export function tileUrls(grid, extent, levels, tilesets = OFFLINE_TILESETS) {
  const urls = [];
  for (const z of levels) {
    const matrix = grid.tileGrid.getMatrixId(z);
    grid.tileGrid.forEachTileCoord(extent, z, ([, col, row]) => {
      for (const tileset of tilesets) urls.push(`/wmts/${tileset}/default/${grid.id}/${matrix}/${row}/${col}.png`);
    });
  }
  return urls;
}

/**
 * Fetches the URLs not yet cached into TILE_CACHE, four at a time.
 * @param {string[]} urls
 * @param {(done: number, total: number) => void} onProgress
 * @returns {Promise<{cached: number, failed: number}>}
 */
export async function prefetchTiles(urls, onProgress = () => {}, cacheStorage = globalThis.caches) {
  const cache = await cacheStorage.open(TILE_CACHE);
  let next = 0;
  let done = 0;
  let failed = 0;
  async function worker() {
    while (next < urls.length) {
      const url = urls[next++];
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await cache.put(url, response);
        }
      } catch {
        failed++;
      }
      onProgress(++done, urls.length);
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { cached: urls.length - failed, failed };
}
