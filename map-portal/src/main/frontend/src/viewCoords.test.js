import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPointResolution, transform } from 'ol/proj.js';
import { groundResolution, resolutionFor, toLonLat, toView } from './viewCoords.js';

// The CRS switch (shell.js switchGrid) keeps the centre through toLonLat/toView and the ground scale
// through groundResolution/resolutionFor. A stand-in map: all these read is the view's projection.
const mapIn = (code) => ({ getView: () => ({ getProjection: () => code }) });
const CENTRE = [116.122, 24.288];

test('the centre survives a round of switches c → w → gk → c', () => {
  let lonLat = CENTRE;
  for (const code of ['EPSG:3857', 'EPSG:4548', 'EPSG:4490']) lonLat = toLonLat(mapIn(code), toView(mapIn(code), lonLat));
  assert.ok(Math.abs(lonLat[0] - CENTRE[0]) < 1e-9 && Math.abs(lonLat[1] - CENTRE[1]) < 1e-9, `${lonLat}`);
  // cs2cs: EPSG:4548 of the centre
  const [e, n] = toView(mapIn('EPSG:4548'), CENTRE);
  assert.ok(Math.abs(e - 410859.5595) < 0.001 && Math.abs(n - 2687468.5678) < 0.001, `${e}, ${n}`);
});

test('ground metres per pixel are kept across grids', () => {
  const c = CENTRE;
  const metres = groundResolution('EPSG:4490', 1e-5, c);
  // 1e-5° of longitude at 24.3°N is about 1.015 m, of latitude 1.107 m; OpenLayers takes their mean.
  assert.ok(metres > 1.0 && metres < 1.12, `${metres}`);
  for (const code of ['EPSG:3857', 'EPSG:4548', 'EPSG:4490']) {
    const at = transform(c, 'EPSG:4490', code);
    const resolution = resolutionFor(code, metres, at);
    const back = groundResolution(code, resolution, at);
    // Linear in the resolution except on degrees, where OpenLayers measures a finite span.
    assert.ok(Math.abs(back / metres - 1) < 1e-5, `${code}: ${back} vs ${metres}`);
  }
  // Web Mercator stretches by 1 / cos(latitude).
  const mercator = resolutionFor('EPSG:3857', metres, transform(c, 'EPSG:4490', 'EPSG:3857'));
  assert.ok(Math.abs(mercator * Math.cos((c[1] * Math.PI) / 180) - metres) / metres < 2e-3, `${mercator}`);
  // GK metres are ground metres within the scale factor near the CM (k = 1.0001 at 1° off).
  const gkRes = resolutionFor('EPSG:4548', metres, transform(c, 'EPSG:4490', 'EPSG:4548'));
  assert.ok(Math.abs(gkRes / metres - 1) < 5e-3, `${gkRes}`);
  assert.equal(getPointResolution('EPSG:4548', 1, [500000, 2687468], 'm') > 0, true);
});
