import { transform } from 'ol/proj.js';
import './viewCoords.js';
import { formatDms } from './dms.js';

/**
 * The cursor readouts of the status bar: CGCS2000 decimal degrees, degrees-minutes-seconds
 * (度分秒), or the Gauss-Krüger plane of EPSG:4548 in metres. Each takes CGCS2000 [lon, lat].
 */
export const COORD_FORMATS = ['decimal', 'dms', 'gk'];

/** 116.123456 → 116°07′24.44″ (seconds to 2 decimals; carries 60″ into the minute). */
export const dms = (value) => formatDms(value, 2);

/** The GK (EPSG:4548) easting and northing of a lon/lat, in metres. */
export function gk(lonLat) {
  return transform(lonLat, 'EPSG:4490', 'EPSG:4548');
}
