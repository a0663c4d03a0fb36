import { beijingDate, today } from './dates.js';

/** The sample city's history starts here when the server states no temporal extent. */
export const HISTORY_START = '2015-01-01';

let range = null;

/**
 * The range the time tools offer: from the oldest version of any readable collection (OGC API
 * extent.temporal) to today, falling back to 2015-01-01. Fetched once per page.
 * @returns {Promise<{from: string, to: string}>}
 */
export function timeRange() {
  if (!range) {
    range = fetch('/ogcapi/collections?f=json', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { collections: [] }))
      .then((body) => {
        const starts = (body.collections ?? [])
          .flatMap((c) => c.extent?.temporal?.interval ?? [])
          .map((interval) => interval?.[0])
          .filter((s) => typeof s === 'string' && !Number.isNaN(Date.parse(s)))
          .map((s) => beijingDate(s));
        const from = starts.length > 0 ? starts.sort()[0] : HISTORY_START;
        return { from, to: today() };
      })
      .catch(() => ({ from: HISTORY_START, to: today() }));
  }
  return range;
}
