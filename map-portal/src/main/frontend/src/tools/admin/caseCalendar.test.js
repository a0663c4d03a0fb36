import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayState, entries, isWeekend, mark, monthWeeks } from './caseCalendar.js';

test('March 2026 starts on a Sunday: six blanks, then the 1st in the last column', () => {
  const weeks = monthWeeks(2026, 3);
  assert.equal(weeks[0].filter((c) => c === null).length, 6);
  assert.deepEqual(weeks[0][6], { date: '2026-03-01', day: 1, weekend: true });
  assert.equal(weeks.flat().filter(Boolean).length, 31);
  assert.ok(weeks.every((w) => w.length === 7));
  assert.equal(monthWeeks(2028, 2).flat().filter(Boolean).length, 29);
});

test('marking: a 调休 only on a weekend, clearing restores the weekday rule', () => {
  const rows = new Map();
  assert.equal(isWeekend('2026-03-07'), true);
  assert.equal(dayState('2026-03-07', rows), 'weekend');
  assert.equal(mark(rows, '2026-03-07', 'WORKDAY', '测试调休'), null);
  assert.equal(dayState('2026-03-07', rows), 'workday');
  assert.equal(mark(rows, '2026-03-06', 'WORKDAY'), 'weekdayWorkday');
  assert.equal(dayState('2026-03-06', rows), 'normal');
  mark(rows, '2026-03-06', 'HOLIDAY', '节');
  assert.equal(dayState('2026-03-06', rows), 'holiday');
  assert.deepEqual(entries(rows).map((r) => r.date), ['2026-03-06', '2026-03-07']);
  mark(rows, '2026-03-07', 'CLEAR');
  assert.equal(dayState('2026-03-07', rows), 'weekend');
});
