/**
 * ECQL text for the REST `filter=` from the table's conditions. Field names come from the layer
 * schema (never typed by the user); values are quoted as literals ('' doubles a quote) or checked
 * as numbers, so the server's safe parser sees only comparisons, LIKE and spatial predicates.
 */

export const NUMERIC = new Set(['INTEGER', 'LONG', 'DOUBLE']);
const OPERATORS = new Set(['=', '<>', '>', '>=', '<', '<=', 'like', 'null']);

/** A literal of the attribute's type; throws `{field}` when a number is expected and not given. */
export function literal(attribute, value) {
  const text = String(value).trim();
  if (NUMERIC.has(attribute.type)) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw Object.assign(new Error('number'), { field: attribute });
    return text;
  }
  if (attribute.type === 'BOOLEAN') return text === 'true' ? 'true' : 'false';
  return `'${text.replaceAll("'", "''")}'`;
}

/** ECQL LIKE pattern matching `text` anywhere (its own % _ \ are literals). */
export function containsPattern(text) {
  return `'%${String(text).replace(/[%_\\]/g, (c) => `\\${c}`).replaceAll("'", "''")}%'`;
}

/** One attribute condition {field, op, value} of `layer`, or null when it is incomplete. */
export function condition(layer, { field, op, value }) {
  const attribute = layer.attributes.find((a) => a.name === field);
  if (!attribute || !OPERATORS.has(op)) return null;
  if (op === 'null') return `${field} IS NULL`;
  if (value === undefined || value === null || String(value).trim() === '') return null;
  if (op === 'like') return `${field} ILIKE ${containsPattern(value)}`;
  return `${field} ${op} ${literal(attribute, value)}`;
}

/**
 * A column filter as typed under a header: text columns match anywhere; numeric ones take an
 * optional leading operator (`>=300`); coded and boolean ones an exact value from a list.
 */
export function columnCondition(attribute, text) {
  const t = String(text ?? '').trim();
  if (t === '') return null;
  if (attribute.codeList || attribute.type === 'BOOLEAN') return `${attribute.name} = ${literal(attribute, t)}`;
  if (NUMERIC.has(attribute.type)) {
    const m = /^(>=|<=|<>|>|<|=)?\s*(.+)$/.exec(t);
    return `${attribute.name} ${m[1] ?? '='} ${literal(attribute, m[2])}`;
  }
  if (attribute.type === 'STRING') return `${attribute.name} ILIKE ${containsPattern(t)}`;
  return `${attribute.name} = ${literal(attribute, t)}`;
}

const round = (v) => Number(v.toFixed(7));

/** WKT of a lon/lat ring (closed here if open). */
export function polygonWkt(ring) {
  const closed = ring.length > 0 && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1]) ? [...ring, ring[0]] : ring;
  return `POLYGON((${closed.map(([x, y]) => `${round(x)} ${round(y)}`).join(', ')}))`;
}

/** The spatial condition {kind: 'view'|'shape'|'near', extent, ring, wkt, metres}, or null. */
export function spatialCondition(spatial) {
  switch (spatial?.kind) {
    case 'view': {
      const [minX, minY, maxX, maxY] = spatial.extent.map(round);
      return `BBOX(geom, ${minX}, ${minY}, ${maxX}, ${maxY})`;
    }
    case 'shape':
      return spatial.ring ? `INTERSECTS(geom, ${polygonWkt(spatial.ring)})` : null;
    case 'near':
      return spatial.wkt ? `DWITHIN(geom, ${spatial.wkt}, ${Number(spatial.metres)}, meters)` : null;
    default:
      return null;
  }
}

/** The AND of the parts that are set, or '' for none. */
export function and(parts) {
  const set = parts.filter((p) => p);
  return set.length === 1 ? set[0] : set.map((p) => `(${p})`).join(' AND ');
}
