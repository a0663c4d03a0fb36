import assert from 'node:assert/strict';
import { test } from 'node:test';
import { area, bearing, geodesicDirect, geodesicInverse, gkZone, length } from './geodesy.js';

// GeographicLib (Karney) Geodesic(6378137, 1/298.257222101) and PROJ cs2cs on EPSG:4548, the same
// reference values as the sketch-measure e2e test.
const KNOWN = {
  meridianArc: 110758.2381, // 116°E, 23.5°N → 24.5°N
  meridianArcPlane: 110772.3966,
  squareArea: 1124357.4576, // 116.10–116.11°E × 24.30–24.31°N, geodesic edges
  squareAreaPlane: 1124586.6329,
  distance: 2312.7022, // (116.10, 24.30) → (116.12, 24.31)
  azimuth: 61.3802294,
  gridBearing: 61.7506883,
};
const near = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);
const SQUARE = [[116.1, 24.3], [116.11, 24.3], [116.11, 24.31], [116.1, 24.31]];

test('Vincenty inverse agrees with GeographicLib to a millimetre', () => {
  near(geodesicInverse([116, 23.5], [116, 24.5]).distance, KNOWN.meridianArc, 0.001, 'meridian arc');
  const { distance, azimuth } = geodesicInverse([116.1, 24.3], [116.12, 24.31]);
  near(distance, KNOWN.distance, 0.001, 'distance');
  near(azimuth, KNOWN.azimuth, 1e-6, 'azimuth');
});

test('a long, nearly antipodal line still converges; an antipodal one is refused', () => {
  // Karney (2013), the case where Vincenty converges slowly: 19 936 288.579 m on WGS84, whose
  // flattening differs from GRS80's by 1.6e-11 (well under a millimetre here).
  near(geodesicInverse([0, 0], [179.5, 0.5]).distance, 19936288.579, 0.002, 'near-antipodal');
  assert.throws(() => geodesicInverse([0, 0], [180, 0]), /converge/);
});

test('coincident points: zero length, no azimuth', () => {
  const r = geodesicInverse([116.1, 24.3], [116.1, 24.3]);
  assert.equal(r.distance, 0);
  assert.ok(Number.isNaN(r.azimuth));
  assert.ok(Number.isNaN(bearing([116.1, 24.3], [116.1, 24.3], 'plane')));
});

test('Vincenty direct is the inverse of the inverse', () => {
  for (const azimuth of [0, 45, 90, 135, 180, 270, 359.9]) {
    const to = geodesicDirect([116.1, 24.3], azimuth, 5000);
    const back = geodesicInverse([116.1, 24.3], to);
    near(back.distance, 5000, 1e-6, `distance at ${azimuth}°`);
    near(((back.azimuth - azimuth + 540) % 360) - 180, 0, 1e-7, `azimuth ${azimuth}°`);
  }
});

test('azimuths lie in [0, 360)', () => {
  near(bearing([116.1, 24.3], [116.1, 24.4], 'ellipsoid'), 0, 1e-9, 'north');
  near(bearing([116.1, 24.3], [116.1, 24.2], 'ellipsoid'), 180, 1e-9, 'south');
  near(bearing([116.1, 24.3], [116.0, 24.3], 'ellipsoid'), 270, 0.05, 'west');
  const westish = bearing([116.1, 24.3], [116.09, 24.31], 'ellipsoid');
  assert.ok(westish > 270 && westish < 360, `${westish}`);
});

test('GK plane lengths, areas and grid bearings agree with cs2cs', () => {
  near(length([[116, 23.5], [116, 24.5]], 'plane'), KNOWN.meridianArcPlane, 0.002, 'plane length');
  near(area(SQUARE, 'plane'), KNOWN.squareAreaPlane, 0.01, 'plane area');
  near(bearing([116.1, 24.3], [116.12, 24.31], 'plane'), KNOWN.gridBearing, 1e-6, 'grid bearing');
});

test('ellipsoidal area: open or closed ring, either orientation; degenerate rings have none', () => {
  near(area(SQUARE, 'ellipsoid'), KNOWN.squareArea, 0.5, 'square');
  near(area([...SQUARE, SQUARE[0]], 'ellipsoid'), KNOWN.squareArea, 0.5, 'closed square');
  near(area([...SQUARE].reverse(), 'ellipsoid'), KNOWN.squareArea, 0.5, 'clockwise square');
  assert.equal(area(SQUARE.slice(0, 2), 'ellipsoid'), 0);
  assert.equal(area([SQUARE[0], SQUARE[1], SQUARE[0]], 'plane'), 0);
});

test('3° GK zones: central meridian 3·round(lon/3), EPSG:4534 + zone − 25, edges included', () => {
  assert.deepEqual([gkZone(116.1).centralMeridian, gkZone(116.1).code], [117, 'EPSG:4548']);
  assert.equal(gkZone(118.4999).code, 'EPSG:4548');
  assert.equal(gkZone(118.5).code, 'EPSG:4549'); // a zone's east edge belongs to the next zone
  assert.equal(gkZone(115.5).code, 'EPSG:4548');
  assert.equal(gkZone(73.6).code, 'EPSG:4534'); // zone 25, CM 75°E
  assert.equal(gkZone(136.4).code, 'EPSG:4554'); // zone 45, CM 135°E
  assert.throws(() => gkZone(73.4), /outside/);
  assert.throws(() => gkZone(136.6), /outside/);
  assert.throws(() => gkZone(NaN), /outside/);
});
