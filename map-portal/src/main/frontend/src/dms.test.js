import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDms } from './dms.js';

test('whole and fractional degrees', () => {
  assert.equal(formatDms(116.123456), '116°07′24.44″'); // 0.123456° = 444.4416″
  assert.equal(formatDms(0), '0°00′00.00″');
  assert.equal(formatDms(24.5, 0), '24°30′00″');
  assert.equal(formatDms(61.3802294, 1), '61°22′48.8″');
});

test('seconds that round to 60 carry into the minute and the degree', () => {
  assert.equal(formatDms(24 + 59 / 60 + 59.996 / 3600), '25°00′00.00″');
  assert.equal(formatDms(10 + 5 / 60 + 59.96 / 3600, 1), '10°06′00.0″');
  assert.equal(formatDms(359.99999, 1), '360°00′00.0″');
  assert.equal(formatDms(24 + 59.994 / 3600), '24°00′59.99″'); // just below the carry
  for (let i = 0; i < 2000; i++) {
    const text = formatDms(Math.random() * 360 - 180, i % 4);
    const [, m, s] = /°(\d+)′([\d.]+)″$/.exec(text);
    assert.ok(Number(m) < 60 && Number(s) < 60, text);
  }
});

test('negative values keep their sign on the whole value; rounding to zero drops it', () => {
  assert.equal(formatDms(-1.5), '-1°30′00.00″');
  assert.equal(formatDms(-0.5 / 3600), '-0°00′00.50″');
  assert.equal(formatDms(-1e-9), '0°00′00.00″');
});

test('not a number', () => {
  assert.equal(formatDms(NaN), '—');
  assert.equal(formatDms(Infinity), '—');
});
