import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLink, encodeLink } from './permalink.js';

const FULL = {
  center: [116.122, 24.288],
  zoom: 14.25,
  grid: 'gk',
  layers: ['roads', 'buildings'],
  base: 'vector',
  time: '2017-01-01',
  selection: [['buildings', ['B1', 'B2']], ['roads', ['R 1/2']]],
};

test('a link survives format and parse', () => {
  const hash = encodeLink(FULL);
  assert.equal(hash, 'c=116.122000,24.288000&z=14.25&crs=gk&l=roads,buildings&b=vector&t=2017-01-01&s=buildings:B1,B2;roads:R%201%2F2');
  assert.deepEqual(decodeLink(`#${hash}`), FULL);
});

test('empty, absent and emptied members', () => {
  assert.deepEqual(decodeLink(''), {});
  assert.deepEqual(decodeLink('#'), {});
  assert.deepEqual(decodeLink(undefined), {});
  assert.deepEqual(decodeLink('l='), { layers: [] });
  assert.equal(encodeLink({ selection: [['roads', []]] }), '');
  assert.equal(encodeLink({ zoom: 13.456 }), 'z=13.46');
});

test('bad members are ignored, good ones kept', () => {
  const bad = [
    'c=abc,24', 'c=116', 'c=200,24', 'c=116,95', 'c=1,2,3',
    'z=-1', 'z=31', 'z=x',
    't=2017-13-01', 't=2017-02-30', 't=17-01-01', 't=2017-1-1', 't=now',
    's=roads', 's=:R1', 's=roads:',
    'nothing', '=x', 'unknown=1',
  ];
  for (const member of bad) {
    assert.deepEqual(decodeLink(`#${member}&b=vector`), { base: 'vector' }, member);
  }
});

test('a malformed escape drops only its own member', () => {
  assert.deepEqual(decodeLink('#crs=%E0%A4%A&z=12'), { zoom: 12 });
  assert.deepEqual(decodeLink('#l=roads,%ZZ&b=image'), { base: 'image' });
  assert.deepEqual(decodeLink('#s=roads:R1;%E0:1&z=3'), { zoom: 3 });
});

test('leap days are dates', () => {
  assert.equal(decodeLink('t=2024-02-29').time, '2024-02-29');
  assert.equal(decodeLink('t=2023-02-29').time, undefined);
});
