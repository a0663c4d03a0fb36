import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, lastInspectionText } from './partText.js';

const now = Date.parse('2026-12-04T10:00:00Z'); // 18:00 in Beijing

test('the last inspection reads as Beijing days ago and the result', () => {
  assert.equal(lastInspectionText(null, now), '从未巡检');
  assert.equal(lastInspectionText({ inspectedAt: '2026-12-04T01:00:00Z', result: '完好' }, now), '今天 完好');
  assert.equal(lastInspectionText({ inspectedAt: '2026-12-03T15:00:00Z', result: '破损' }, now), '昨天 破损');
  assert.equal(lastInspectionText({ inspectedAt: '2026-12-01T08:00:00Z', result: '完好' }, now), '3天前 完好');
});

test('days change at Beijing midnight, not UTC midnight', () => {
  // 2026-12-03T16:30Z is 00:30 on the 4th in Beijing: today.
  assert.equal(daysBetween(Date.parse('2026-12-03T16:30:00Z'), now), 0);
  assert.equal(daysBetween(Date.parse('2026-12-03T15:30:00Z'), now), 1);
});
