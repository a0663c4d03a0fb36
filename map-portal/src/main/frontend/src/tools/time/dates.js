/**
 * Calendar dates ('YYYY-MM-DD') as the server reads them: the start of that day in Beijing time
 * (UTC+8), whatever the browser's own zone.
 */
const DAY_MS = 86400000;
const BEIJING_MS = 8 * 3600000;

/** The Beijing calendar date of an instant (Date, ms or ISO text). */
export function beijingDate(instant) {
  const ms = new Date(instant).getTime() + BEIJING_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today in Beijing. */
export function today() {
  return beijingDate(Date.now());
}

/** Whether the text is a real calendar date 'YYYY-MM-DD'. */
export function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '')) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Days from `a` to `b` (both 'YYYY-MM-DD'). */
export function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `n` months (or years), the day clamped to the month's last one. */
export function addMonths(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * The first date whose start (Beijing midnight) falls within a version valid from `instant`: the
 * version's own day if it began at midnight, else the next day.
 */
export function firstFullDay(instant) {
  const date = beijingDate(instant);
  const midnight = Date.parse(`${date}T00:00:00Z`) - BEIJING_MS;
  return new Date(instant).getTime() === midnight ? date : addDays(date, 1);
}
