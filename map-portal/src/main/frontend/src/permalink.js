/**
 * The workbench's permalink: the view and what is shown, in the URL hash, e.g.
 * `#c=116.122000,24.288000&z=14&crs=c&l=roads,buildings&b=vector&t=2017-01-01&s=buildings:B1,B2`
 * - c: the view's centre in CGCS2000 lon,lat; z: the zoom level of the grid's view;
 * - crs: the grid (c = EPSG:4490, w = EPSG:3857, gk = EPSG:4548);
 * - l: the visible catalog layers (`l=` none); b: the base map; t: the as-of date (absent = now);
 * - s: the selection, `layer:id,id;layer:id`.
 * Absent members keep the page's defaults. Bookmarks store the same text.
 */
const enc = (s) => encodeURIComponent(s);

/** @returns {string} the hash, without '#' */
export function encodeLink(link) {
  const parts = [];
  if (link.center) parts.push(`c=${link.center.map((v) => v.toFixed(6)).join(',')}`);
  if (Number.isFinite(link.zoom)) parts.push(`z=${Math.round(link.zoom * 100) / 100}`);
  if (link.grid) parts.push(`crs=${enc(link.grid)}`);
  if (link.layers) parts.push(`l=${link.layers.map(enc).join(',')}`);
  if (link.base) parts.push(`b=${enc(link.base)}`);
  if (link.time) parts.push(`t=${enc(link.time)}`);
  const selection = (link.selection ?? []).filter(([, ids]) => ids.length > 0);
  if (selection.length > 0) parts.push(`s=${selection.map(([layer, ids]) => `${enc(layer)}:${ids.map(enc).join(',')}`).join(';')}`);
  return parts.join('&');
}

/**
 * The members a hash carries (others undefined); malformed members are ignored.
 * @param {string} hash with or without '#'
 */
export function decodeLink(hash) {
  const link = {};
  const text = (hash ?? '').replace(/^#/, '');
  if (!text) return link;
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at);
    const value = part.slice(at + 1);
    try {
      switch (key) {
        case 'c': {
          const c = value.split(',').map(Number);
          if (c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90) link.center = c;
          break;
        }
        case 'z': {
          const z = Number(value);
          if (Number.isFinite(z) && z >= 0 && z <= 30) link.zoom = z;
          break;
        }
        case 'crs':
          link.grid = decodeURIComponent(value);
          break;
        case 'l':
          link.layers = value ? value.split(',').map(decodeURIComponent) : [];
          break;
        case 'b':
          link.base = decodeURIComponent(value);
          break;
        case 't':
          if (isDate(decodeURIComponent(value))) link.time = decodeURIComponent(value);
          break;
        case 's': {
          const selection = value
            .split(';')
            .map((group) => group.split(':'))
            .filter((g) => g.length === 2 && g[0] && g[1])
            .map(([layer, ids]) => [decodeURIComponent(layer), ids.split(',').filter((i) => i).map(decodeURIComponent)])
            .filter(([, ids]) => ids.length > 0);
          if (selection.length > 0) link.selection = selection;
          break;
        }
        default:
      }
    } catch {
      // a malformed escape: that member is ignored
    }
  }
  return link;
}

/** A real calendar day as YYYY-MM-DD (not 2017-02-30). */
function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/**
 * The shell's link hooks, for the bookmarks panel: the current hash (fresh, not throttled) and
 * opening a saved one. shell.js fills them in.
 */
export const links = {
  /** @returns {string} */
  current: () => '',
  /** @param {string} hash */
  open: async (hash) => {},
};
