import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDms, parseCoordinates } from './coordinates.js';

const near = (lonLat, expected, tolerance) =>
  assert.ok(lonLat && Math.abs(lonLat[0] - expected[0]) <= tolerance && Math.abs(lonLat[1] - expected[1]) <= tolerance, `${lonLat} vs ${expected}`);

test('decimal degrees in either order', () => {
  assert.deepEqual(parseCoordinates('116.1225, 24.2886'), { lonLat: [116.1225, 24.2886], kind: 'degrees' });
  assert.deepEqual(parseCoordinates('24.2886，116.1225').lonLat, [116.1225, 24.2886]);
  assert.deepEqual(parseCoordinates('-74.0, 40.7'), { outside: true, kind: 'degrees' });
  assert.equal(parseCoordinates('116.1, 200'), null);
});

test('度分秒 with hemispheres and Chinese words', () => {
  near(parseCoordinates('116°07′21″E 24°17′19″N').lonLat, [116 + 7 / 60 + 21 / 3600, 24 + 17 / 60 + 19 / 3600], 1e-9);
  near(parseCoordinates('北纬24度17分19秒 东经116度7分21秒').lonLat, [116.1225, 24.2886], 1e-4);
  assert.equal(parseCoordinates('116°60′00″E 24°17′19″N'), null); // 60′ is not a minute
  assert.equal(parseCoordinates('116°07′60″E 24°17′19″N'), null);
  assert.equal(parseCoordinates('116°07′21″W 24°17′19″N').outside, true);
});

test('Gauss-Krüger metres: the city zone, or a zone number in front (cs2cs values)', () => {
  const plain = parseCoordinates('2687468.5678, 410859.5595');
  assert.equal(plain.kind, 'gk');
  assert.equal(plain.centralMeridian, 117);
  near(plain.lonLat, [116.122, 24.288], 1e-8);
  const zoned = parseCoordinates('39410859.5595 2687468.5678');
  assert.equal(zoned.zone, 39);
  near(zoned.lonLat, [116.122, 24.288], 1e-8);
  assert.equal(parseCoordinates('50410859 2687468'), null); // no zone 50
});

test('not a coordinate', () => {
  for (const text of ['', '梅江区', '116.1', '1 2 3', 'abc, def']) assert.equal(parseCoordinates(text), null, text);
});

test('labels: hemisphere letters, seconds carried, never 60″', () => {
  assert.equal(formatDms([116.1225, 24.2886]), '116°07′21.00″E 24°17′18.96″N');
  assert.equal(formatDms([116.9999999, -24.5]), '117°00′00.00″E 24°30′00.00″S');
});
