import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayAfter, lastDay, percent, periodOf, sortRows } from './period.js';

const day = new Date(2026, 0, 15); // 15 January 2026

test('the picker gives [from, to) of this and last month, the quarter and the year', () => {
  assert.deepEqual(periodOf('month', day), { from: '2026-01-01', to: '2026-02-01' });
  assert.deepEqual(periodOf('lastMonth', day), { from: '2025-12-01', to: '2026-01-01' });
  assert.deepEqual(periodOf('quarter', new Date(2026, 7, 31)), { from: '2026-07-01', to: '2026-10-01' });
  assert.deepEqual(periodOf('quarter', new Date(2026, 11, 1)), { from: '2026-10-01', to: '2027-01-01' });
  assert.deepEqual(periodOf('year', day), { from: '2026-01-01', to: '2027-01-01' });
});

test('the exclusive end becomes the last day and back', () => {
  assert.equal(lastDay('2026-03-01'), '2026-02-28');
  assert.equal(dayAfter('2026-02-28'), '2026-03-01');
  assert.equal(dayAfter('2024-12-31'), '2025-01-01');
});

test('rates read as percentages; sorting puts missing values last either way', () => {
  assert.equal(percent(0.66667), '66.7%');
  assert.equal(percent(null), '—');
  const rows = [{ r: 0.5 }, { r: null }, { r: 1 }, { r: 0 }];
  assert.deepEqual(sortRows(rows, 'r', true).map((x) => x.r), [1, 0.5, 0, null]);
  assert.deepEqual(sortRows(rows, 'r', false).map((x) => x.r), [0, 0.5, 1, null]);
});
