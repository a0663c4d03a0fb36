/**
 * The periods of the 综合评价 picker as [from, to) ISO dates (the server's `from`/`to`): this month,
 * last month, this quarter, this year, each of the calendar the given day is in.
 */

const iso = (y, m, d) => {
  const date = new Date(Date.UTC(y, m, d));
  return date.toISOString().slice(0, 10);
};

/**
 * @param {'month'|'lastMonth'|'quarter'|'year'} kind
 * @param {Date} today a local date (its year, month and day are read)
 * @returns {{from: string, to: string}}
 */
export function periodOf(kind, today = new Date()) {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (kind) {
    case 'lastMonth':
      return { from: iso(y, m - 1, 1), to: iso(y, m, 1) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { from: iso(y, q, 1), to: iso(y, q + 3, 1) };
    }
    case 'year':
      return { from: iso(y, 0, 1), to: iso(y + 1, 0, 1) };
    default:
      return { from: iso(y, m, 1), to: iso(y, m + 1, 1) };
  }
}

/** The last day of a [from, to) period, for a date input that shows inclusive ends. */
export function lastDay(to) {
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The day after an inclusive last day: the server's exclusive `to`. */
export function dayAfter(last) {
  const d = new Date(`${last}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A rate 0–1 as a percentage with one decimal, or — when there is none. */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Rows sorted by a column, nulls last whichever the direction. */
export function sortRows(rows, key, descending) {
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return descending ? -c : c;
  });
}
