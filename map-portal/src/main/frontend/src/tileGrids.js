import { takeEarly } from './boot.js';
import { projectionCode, tileGridFrom } from './tmsGrid.js';

export { projectionCode, tileGridFrom };

/** The workbench's tile grids, fetched once per page (the first via boot.js's early requests). */

const cache = new Map();

/** Fetches (once per page) and builds the grid of a tile matrix set. */
export function loadTileGrid(id) {
  if (!cache.has(id)) {
    const path = `/ogcapi/tileMatrixSets/${encodeURIComponent(id)}`;
    const loading = (takeEarly(path) ?? fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((tms) => ({ id, projection: projectionCode(tms), tileGrid: tileGridFrom(tms) }));
    loading.catch(() => cache.delete(id));
    cache.set(id, loading);
  }
  return cache.get(id);
}
