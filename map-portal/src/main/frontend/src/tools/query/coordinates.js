import proj4 from 'proj4';
import { formatDms as dmsText } from '../../dms.js';

/**
 * Coordinates typed into the search box, to CGCS2000 lon/lat:
 * - decimal degrees `116.1225, 24.2886` (or latitude first: the ranges tell them apart);
 * - 度分秒 `116°07′21″E 24°17′19″N`, `东经116度7分21秒 北纬24度17分19秒`;
 * - Gauss-Krüger plane metres (CGCS2000), X north and Y east as surveyors write them, in any order:
 *   an easting with its zone number in front (`39 500 000`-style: 3° zones 25–45, 6° zones 13–23)
 *   or without, in the city's 3° zone with central meridian 117°E (EPSG:4548).
 * Returns null when the text is none of these, `{outside: true}` when the place is outside China.
 */
export function parseCoordinates(text) {
  const t = text.trim();
  return dms(t) ?? decimal(t) ?? gaussKruger(t);
}

/** Roughly China (the CGCS2000 area of use), for a sanity check. */
const CHINA = [73, 3, 136, 54];

function inChina([lon, lat]) {
  return lon >= CHINA[0] && lon <= CHINA[2] && lat >= CHINA[1] && lat <= CHINA[3];
}

function result(lonLat, kind, extra = {}) {
  if (!lonLat.every(Number.isFinite)) return null;
  return inChina(lonLat) ? { lonLat, kind, ...extra } : { outside: true, kind };
}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const DECIMAL = new RegExp(`^${NUMBER}\\s*(?:[,，;；\\s])\\s*${NUMBER}$`);

function decimal(t) {
  const m = DECIMAL.exec(t);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (Math.abs(a) > 180 || Math.abs(b) > 180) return null;
  // Longitude first unless only the other order is a place in China.
  const lonLat = !inChina([a, b]) && inChina([b, a]) ? [b, a] : [a, b];
  return result(lonLat, 'degrees');
}

const DMS_PART =
  /(东经|西经|北纬|南纬|[NSEW])?\s*(\d{1,3}(?:\.\d+)?)\s*[°度]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′’分]\s*)?(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″”]|''|′′|秒)\s*)?(东经|西经|北纬|南纬|[NSEW])?/gi;

function dms(t) {
  const parts = [...t.matchAll(DMS_PART)];
  if (parts.length !== 2) return null;
  const values = parts.map((m) => {
    const [, before, d, mi, s, after] = m;
    const hemisphere = (before ?? after ?? '').toUpperCase();
    const minutes = Number(mi ?? 0);
    const seconds = Number(s ?? 0);
    if (minutes >= 60 || seconds >= 60) return null;
    const sign = /[SW]|西|南/.test(hemisphere) ? -1 : 1;
    const axis = /[EW]|经/.test(hemisphere) ? 'lon' : /[NS]|纬/.test(hemisphere) ? 'lat' : null;
    return { value: sign * (Number(d) + minutes / 60 + seconds / 3600), axis };
  });
  if (values.includes(null)) return null;
  let [a, b] = values;
  if (a.axis === 'lat' || b.axis === 'lon') [a, b] = [b, a];
  let lonLat = [a.value, b.value];
  if (!a.axis && !b.axis && !inChina(lonLat) && inChina([b.value, a.value])) lonLat = [b.value, a.value];
  return result(lonLat, 'dms');
}

const GK = /^(\d{6,8}(?:\.\d+)?)\s*(?:[,，;；\s])\s*(\d{6,8}(?:\.\d+)?)$/;

function gaussKruger(t) {
  const m = GK.exec(t.replace(/\s+(?=\d{3}\b)/g, ''));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // The easting is the one under 1,000 km, or the one carrying a zone number (over 10,000 km).
  let east;
  let north;
  if (a >= 1e7 || (a < 1e6 && b >= 1e6 && b < 1e7)) [east, north] = [a, b];
  else if (b >= 1e7 || (b < 1e6 && a >= 1e6 && a < 1e7)) [east, north] = [b, a];
  else return null;
  let zone = null;
  let centralMeridian = 117;
  let falseEasting = 500000;
  if (east >= 1e7) {
    zone = Math.floor(east / 1e6);
    if (zone >= 25 && zone <= 45) centralMeridian = zone * 3;
    else if (zone >= 13 && zone <= 23) centralMeridian = zone * 6 - 3;
    else return null;
    falseEasting = zone * 1e6 + 500000;
  }
  const def = `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const lonLat = proj4(def, '+proj=longlat +ellps=GRS80 +no_defs', [east, north]);
  return result(lonLat, 'gk', { zone, centralMeridian, x: north, y: east });
}

/** 度分秒 text of a lon/lat with hemisphere letters, for labels, e.g. 116°07′21.00″E 24°17′19.00″N. */
export function formatDms([lon, lat]) {
  const part = (value, positive, negative) => `${dmsText(Math.abs(value), 2)}${value < 0 ? negative : positive}`;
  return `${part(lon, 'E', 'W')} ${part(lat, 'N', 'S')}`;
}
