/**
 * The month grids of 办案设置's calendar, as plain data: weeks Monday first, the state of a day
 * under the admin's rows (节假日 HOLIDAY, 调休上班 WORKDAY, else the weekday/weekend rule) and what a
 * click in a marking mode does. No DOM here (tested with node --test).
 */

const pad = (n) => String(n).padStart(2, '0');

/** yyyy-MM-dd of a year, month (1–12) and day. */
export const iso = (year, month, day) => `${year}-${pad(month)}-${pad(day)}`;

/** Whether yyyy-MM-dd is a Saturday or Sunday. */
export function isWeekend(date) {
  const [y, m, d] = date.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dow === 0 || dow === 6;
}

/** The weeks of a month, Monday first: 7 cells each, null outside the month. */
export function monthWeeks(year, month) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) {
    const date = iso(year, month, d);
    cells.push({ date, day: d, weekend: isWeekend(date) });
  }
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** 'holiday', 'workday' (调休上班), 'weekend' or 'normal' of a date under `rows` (date → row). */
export function dayState(date, rows) {
  const row = rows.get(date);
  if (row?.kind === 'HOLIDAY') return 'holiday';
  if (row?.kind === 'WORKDAY') return 'workday';
  return isWeekend(date) ? 'weekend' : 'normal';
}

/**
 * A click on `date` in `mode` (HOLIDAY, WORKDAY or CLEAR) with the holiday name `name`: changes
 * `rows` and answers null, or answers 'weekdayWorkday' (a 调休 must be a Saturday or Sunday) and
 * changes nothing.
 */
export function mark(rows, date, mode, name = '') {
  if (mode === 'CLEAR') {
    rows.delete(date);
    return null;
  }
  if (mode === 'WORKDAY' && !isWeekend(date)) return 'weekdayWorkday';
  rows.set(date, { date, kind: mode, name: name.trim() || rows.get(date)?.name || '' });
  return null;
}

/** The rows as the API takes them, by date. */
export const entries = (rows) => [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
