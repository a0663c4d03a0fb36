import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDeadline, duration, remainingText } from './format.js';

test('remaining working time reads as hours and minutes, days above two days', () => {
  assert.equal(remainingText(2 * 3600 + 30 * 60), '剩余 2小时30分');
  assert.equal(remainingText(45 * 60), '剩余 45分');
  assert.equal(remainingText(-(3600 + 59)), '超时 1小时');
  assert.equal(duration(19 * 3600), '2天3小时');
  assert.equal(remainingText(null), '暂停计时');
});

test('tasks sort by deadline, most overdue first, suspended last', () => {
  const tasks = [
    { id: 'a', remainingSeconds: 3600, createdAt: '2026-01-01T00:00:00Z' },
    { id: 'b', remainingSeconds: null, createdAt: '2026-01-01T00:00:00Z' },
    { id: 'c', remainingSeconds: -60, createdAt: '2026-01-02T00:00:00Z' },
    { id: 'd', remainingSeconds: 3600, createdAt: '2025-12-31T00:00:00Z' },
  ];
  assert.deepEqual(tasks.sort(byDeadline).map((t) => t.id), ['c', 'd', 'a', 'b']);
});
