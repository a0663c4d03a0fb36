import { dms } from './geodesy.js';

/** Numbers as users read them here: grouped digits, m/km, m²/公顷/km², degrees and 度分秒. */
const grouped = (n, digits) => n.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One short length, for the tooltip: metres below 1 km, else kilometres. */
export const shortLength = (m) => (m < 1000 ? `${grouped(m, 2)} m` : `${grouped(m / 1000, 3)} km`);

/** A length in both units, for the panel. */
export const lengthLines = (m) => [`${grouped(m, 2)} m`, `${grouped(m / 1000, 4)} km`];

/** One short area, for the tooltip: m² below 1 公顷, 公顷 below 1 km², else km². */
export function shortArea(m2) {
  if (m2 < 1e4) return `${grouped(m2, 1)} m²`;
  if (m2 < 1e6) return `${grouped(m2 / 1e4, 4)} 公顷`;
  return `${grouped(m2 / 1e6, 4)} km²`;
}

/** An area in the three units, for the panel. */
export const areaLines = (m2) => [`${grouped(m2, 1)} m²`, `${grouped(m2 / 1e4, 4)} 公顷`, `${grouped(m2 / 1e6, 6)} km²`];

/** A direction in decimal degrees and 度分秒. */
export const angleText = (deg) => (Number.isFinite(deg) ? `${deg.toFixed(4)}°（${dms(deg)}）` : '—');
