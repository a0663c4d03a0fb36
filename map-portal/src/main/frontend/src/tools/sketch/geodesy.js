import proj4 from 'proj4';
import { formatDms } from '../../dms.js';

/**
 * Measures on CGCS2000 in two stated ways:
 * - ellipsoidal: on GRS80 (the ellipsoid of CGCS2000). Distances and azimuths are geodesics by
 *   Vincenty's inverse formula (iterated to 1e-12 rad, sub-millimetre for any two points of a city);
 *   areas are of the polygon with geodesic edges: each edge is densified along its geodesic
 *   (≤ 200 m steps, Vincenty's direct formula) and the ring projected onto the ellipsoidal Lambert
 *   azimuthal equal-area projection centred on it, which keeps area, and measured there. Checked
 *   against GeographicLib: distances agree to 0.01 mm, a 4 440 km² polygon's area to 1 m².
 *   (ol/sphere's getLength/getArea are spherical and are not used.)
 * - Gauss-Krüger plane: the CGCS2000 3° zone of the shape's centre (EPSG:4534–4554, 500 km false
 *   easting; EPSG:4548 with CM 117°E for Meizhou), plane distances, shoelace areas and grid
 *   bearings (from grid north), as survey and CAD drawings report them.
 */
export const GRS80 = { a: 6378137, f: 1 / 298.257222101 };
const DEG = Math.PI / 180;
/** CGCS2000 lon/lat as proj4 text (not 'EPSG:4490', which only exists once cgcs2000.js has run). */
const LONLAT = '+proj=longlat +ellps=GRS80 +no_defs';

/**
 * Geodesic between two lon/lat points on GRS80 (Vincenty's inverse formula).
 * @returns {{distance: number, azimuth: number, backAzimuth: number}} metres; azimuths in degrees
 *   clockwise from north in [0, 360) at each end (NaN for coincident points)
 */
export function geodesicInverse([lon1, lat1], [lon2, lat2]) {
  const { a, f } = GRS80;
  const b = a * (1 - f);
  const L = (lon2 - lon1) * DEG;
  const U1 = Math.atan((1 - f) * Math.tan(lat1 * DEG));
  const U2 = Math.atan((1 - f) * Math.tan(lat2 * DEG));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cos2Alpha = 1;
  let cos2SigmaM = 0;
  let sinLambda = 0;
  let cosLambda = 1;
  for (let i = 0; ; i++) {
    if (i > 200) throw new Error('geodesic did not converge (near-antipodal points)');
    sinLambda = Math.sin(lambda);
    cosLambda = Math.cos(lambda);
    const t1 = cosU2 * sinLambda;
    const t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
    sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
    if (sinSigma === 0) return { distance: 0, azimuth: NaN, backAzimuth: NaN };
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const uSq = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const deltaSigma =
    B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
  const distance = b * A * (sigma - deltaSigma);
  const alpha1 = Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
  const alpha2 = Math.atan2(cosU1 * sinLambda, -sinU1 * cosU2 + cosU1 * sinU2 * cosLambda);
  return { distance, azimuth: normalize(alpha1 / DEG), backAzimuth: normalize(alpha2 / DEG + 180) };
}

/**
 * The point at `distance` metres from `from` along the geodesic leaving at `azimuth` degrees
 * (Vincenty's direct formula on GRS80).
 * @returns {number[]} [lon, lat]
 */
export function geodesicDirect([lon1, lat1], azimuth, distance) {
  const { a, f } = GRS80;
  const b = a * (1 - f);
  const alpha1 = azimuth * DEG;
  const sinAlpha1 = Math.sin(alpha1);
  const cosAlpha1 = Math.cos(alpha1);
  const tanU1 = (1 - f) * Math.tan(lat1 * DEG);
  const cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
  const sinU1 = tanU1 * cosU1;
  const sigma1 = Math.atan2(tanU1, cosAlpha1);
  const sinAlpha = cosU1 * sinAlpha1;
  const cos2Alpha = 1 - sinAlpha * sinAlpha;
  const uSq = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  let sigma = distance / (b * A);
  let cos2SigmaM;
  let sinSigma;
  let cosSigma;
  for (let i = 0; i < 100; i++) {
    cos2SigmaM = Math.cos(2 * sigma1 + sigma);
    sinSigma = Math.sin(sigma);
    cosSigma = Math.cos(sigma);
    const deltaSigma =
      B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    const previous = sigma;
    sigma = distance / (b * A) + deltaSigma;
    if (Math.abs(sigma - previous) < 1e-12) break;
  }
  cos2SigmaM = Math.cos(2 * sigma1 + sigma);
  sinSigma = Math.sin(sigma);
  cosSigma = Math.cos(sigma);
  const x = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
  const lat2 = Math.atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1, (1 - f) * Math.sqrt(sinAlpha * sinAlpha + x * x));
  const lambda = Math.atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
  const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
  const L = lambda - (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
  return [lon1 + L / DEG, lat2 / DEG];
}

const normalize = (deg) => ((deg % 360) + 360) % 360;

/** The CGCS2000 3° Gauss-Krüger zone of a longitude: CM 3·round(lon/3), EPSG:4534 + (zone − 25). */
export function gkZone(lon) {
  const cm = 3 * Math.round(lon / 3);
  if (!(cm >= 75 && cm <= 135)) throw new Error(`longitude ${lon} is outside the CGCS2000 3° zones`);
  return {
    centralMeridian: cm,
    code: `EPSG:${4534 + cm / 3 - 25}`,
    proj: `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs`,
  };
}

/** The zone of a shape's centre (middle of its lon/lat extent). */
export function zoneOf(lonLats) {
  const lons = lonLats.map((p) => p[0]);
  return gkZone((Math.min(...lons) + Math.max(...lons)) / 2);
}

export function toPlane(lonLats, zone) {
  const forward = proj4(LONLAT, zone.proj);
  return lonLats.map((p) => forward.forward(p));
}

/** Length of a polyline in metres: the sum of its geodesics, or of its plane segments. */
export function length(lonLats, method) {
  if (method === 'plane') {
    const xy = toPlane(lonLats, zoneOf(lonLats));
    let sum = 0;
    for (let i = 1; i < xy.length; i++) sum += Math.hypot(xy[i][0] - xy[i - 1][0], xy[i][1] - xy[i - 1][1]);
    return sum;
  }
  let sum = 0;
  for (let i = 1; i < lonLats.length; i++) sum += geodesicInverse(lonLats[i - 1], lonLats[i]).distance;
  return sum;
}

/**
 * Area of a ring in square metres (open or closed, either orientation).
 * Ellipsoidal: geodesic edges densified to ≤ 200 m steps, on the GRS80 Lambert azimuthal equal-area plane
 * centred on the ring. Plane: the shoelace formula on the GK zone's plane.
 */
export function area(ring, method) {
  const closed = ring.length > 1 && ring[0][0] === ring.at(-1)[0] && ring[0][1] === ring.at(-1)[1] ? ring.slice(0, -1) : ring;
  if (closed.length < 3) return 0;
  if (method === 'plane') return Math.abs(shoelace(toPlane(closed, zoneOf(closed))));
  const lons = closed.map((p) => p[0]);
  const lats = closed.map((p) => p[1]);
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const laea = proj4(LONLAT, `+proj=laea +lat_0=${lat0} +lon_0=${lon0} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`);
  const dense = [];
  for (let i = 0; i < closed.length; i++) {
    const p = closed[i];
    const q = closed[(i + 1) % closed.length];
    const { distance, azimuth } = geodesicInverse(p, q);
    const steps = Math.max(1, Math.ceil(distance / 200));
    dense.push(p);
    for (let s = 1; s < steps; s++) dense.push(geodesicDirect(p, azimuth, (distance * s) / steps));
  }
  return Math.abs(shoelace(dense.map((p) => laea.forward(p))));
}

function shoelace(xy) {
  let twice = 0;
  for (let i = 0; i < xy.length; i++) {
    const [x1, y1] = xy[i];
    const [x2, y2] = xy[(i + 1) % xy.length];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/**
 * Direction from the first point to the second, in degrees clockwise from north in [0, 360):
 * ellipsoidal = the geodesic's azimuth at the start (from true north); plane = the grid bearing
 * (坐标方位角, from the GK zone's grid north). They differ by the meridian convergence.
 */
export function bearing(from, to, method) {
  if (method === 'plane') {
    const [p, q] = toPlane([from, to], zoneOf([from, to]));
    if (p[0] === q[0] && p[1] === q[1]) return NaN;
    return normalize(Math.atan2(q[0] - p[0], q[1] - p[1]) / DEG);
  }
  return geodesicInverse(from, to).azimuth;
}

/** Degrees as 度分秒 to a tenth of a second, e.g. 61°22′48.8″. */
export const dms = (deg) => formatDms(deg, 1);
