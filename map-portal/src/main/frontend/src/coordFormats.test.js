import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dms, gk } from './coordFormats.js';

// Reference values: PROJ's cs2cs EPSG:4490 → EPSG:4548 (`echo "lat lon" | cs2cs -f %.4f EPSG:4490 EPSG:4548`).
const CS2CS = [
  { lonLat: [116.122, 24.288], east: 410859.5595, north: 2687468.5678 },
  { lonLat: [116, 23.5], east: 397855.4035, north: 2600266.8012 },
  { lonLat: [118.5, 24.5], east: 652043.6501, north: 2711495.0466 }, // 1.5° off CM: the zone's edge
];

test('GK (EPSG:4548) metres agree with cs2cs to a millimetre, up to the zone edge', () => {
  for (const { lonLat, east, north } of CS2CS) {
    const [x, y] = gk(lonLat);
    assert.ok(Math.abs(x - east) < 0.001 && Math.abs(y - north) < 0.001, `${lonLat}: ${x}, ${y}`);
  }
});

test('the central meridian maps to the 500 km false easting', () => {
  const [x] = gk([117, 24]);
  assert.ok(Math.abs(x - 500000) < 1e-6, `${x}`);
});

test('status-bar 度分秒 has two decimals of a second', () => {
  assert.equal(dms(116.123456), '116°07′24.44″');
  assert.equal(dms(24.9999999), '25°00′00.00″');
});
