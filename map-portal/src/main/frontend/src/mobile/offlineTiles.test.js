import { test } from 'node:test';
import assert from 'node:assert/strict';
import WMTSTileGrid from 'ol/tilegrid/WMTS.js';
import { offlineLevels, prefetchTiles, tileUrls } from './offlineTiles.js';

// A Tianditu-like c grid: level n has 2^n × 2^(n-1) tiles of 256 px, 1.40625° / 2^(n-1) per tile.
const levels = Array.from({ length: 18 }, (_, i) => i + 1);
const grid = {
  id: 'c',
  tileGrid: new WMTSTileGrid({
    origin: [-180, 90],
    resolutions: levels.map((n) => 180 / 256 / 2 ** (n - 1)),
    matrixIds: levels.map(String),
  }),
};
// A unit grid of about 300 m in Meizhou.
const extent = [116.11, 24.285, 116.113, 24.288];

test('the levels start one coarser than where the grid fills the screen', () => {
  const z = offlineLevels(grid.tileGrid, extent);
  // 0.003° over 360 px is ~8.3e-6 °/px: matrix 17 (OpenLayers z 16, 1.07e-5 °/px) is the nearest;
  // z 15–17 (matrices 16–18: the grid's finest level caps the three finer ones)
  assert.deepEqual(z, [15, 16, 17]);
  assert.deepEqual(offlineLevels(grid.tileGrid, [116, 24, 116.2, 24.2]), [9, 10, 11, 12, 13]);
});

test('tile URLs follow the WMTS REST template, row then column, for both tilesets', () => {
  const urls = tileUrls(grid, extent, [16]);
  assert.ok(urls.length >= 2 && urls.length <= 8, urls.join());
  const [, , , , , matrix, row, col] = urls[0].split('/');
  assert.equal(urls[0].split('/')[2], 'basemap');
  assert.equal(urls[1].split('/')[2], 'basemap_labels');
  assert.equal(matrix, '17', 'OpenLayers z 16 is the set\'s matrix 17');
  // matrix 17 tiles are 180° / 2^16 wide: column from 180°W, row from 90°N
  assert.equal(Number(col.replace('.png', '')), Math.floor((116.11 + 180) / (180 / 2 ** 16)));
  assert.equal(Number(row), Math.floor((90 - 24.288) / (180 / 2 ** 16)));
});

test('prefetch skips cached tiles and counts failures', async () => {
  const stored = new Map([['/a', 'old']]);
  const cacheStorage = { open: async () => ({ match: async (u) => stored.get(u), put: async (u, r) => stored.set(u, r) }) };
  const realFetch = globalThis.fetch;
  const asked = [];
  globalThis.fetch = async (u) => {
    asked.push(u);
    return { ok: u !== '/bad' };
  };
  try {
    const progress = [];
    const result = await prefetchTiles(['/a', '/b', '/bad'], (d, t) => progress.push(`${d}/${t}`), cacheStorage);
    assert.deepEqual(result, { cached: 2, failed: 1 });
    assert.deepEqual(asked.sort(), ['/b', '/bad']);
    assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
  } finally {
    globalThis.fetch = realFetch;
  }
});
