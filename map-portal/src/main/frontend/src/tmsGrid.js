import WMTSTileGrid from 'ol/tilegrid/WMTS.js';

/**
 * OpenLayers tile grids from the server's OGC TileMatrixSet 2.0 JSON (/ogcapi/tileMatrixSets/{id}),
 * so a page uses exactly the grid the server tiles in, never a copy of its numbers. Pure functions
 * (no fetch): the workbench loads the JSON in tileGrids.js, the mobile app in its own start-up.
 *
 * Why not optionsFromCapabilities: OpenLayers derives a level's resolution from its scale
 * denominator with OGC's 0.28 mm pixel, but Tianditu's c/w sets publish ~96 dpi scale figures; the
 * TMS JSON carries each level's cellSize, which is the resolution itself.
 */

/** OpenLayers' codes for the CRS URIs our sets use. */
const CRS_CODES = [
  [/EPSG\/0\/4490$|EPSG::4490$|^EPSG:4490$/, 'EPSG:4490'],
  // WorldCRS84Quad: CRS84 / WGS 84 degrees draw on the CGCS2000 view as they are (cm apart).
  [/EPSG\/0\/4326$|EPSG::4326$|^EPSG:4326$|CRS84$/, 'EPSG:4490'],
  [/EPSG\/0\/(3857|900913)$|EPSG::3857$|^EPSG:3857$/, 'EPSG:3857'],
  // MeizhouGK: CGCS2000 3° Gauss-Krüger 117°E (registered in viewCoords.js).
  [/EPSG\/0\/4548$|EPSG::4548$|^EPSG:4548$/, 'EPSG:4548'],
];

function crsUri(tms) {
  return typeof tms.crs === 'string' ? tms.crs : (tms.crs?.uri ?? '');
}

/**
 * Whether pointOfOrigin is written northing/latitude first. TMS 2.0 writes it in the CRS's axis
 * order: EPSG:4490 and 4326 are lat,lon; CRS84 and 3857 are x,y. orderedAxes, when given, decides.
 */
function northFirst(tms) {
  const axes = tms.orderedAxes;
  if (Array.isArray(axes) && axes.length >= 2) return /^(lat|n|y\b|north)/i.test(String(axes[0]));
  return /EPSG(\/0\/|::|:)(4490|4326)$/.test(crsUri(tms));
}

/** The OpenLayers projection code for a TileMatrixSet, or throws if the page does not know it. */
export function projectionCode(tms) {
  const uri = crsUri(tms);
  const hit = CRS_CODES.find(([pattern]) => pattern.test(uri));
  if (!hit) throw new Error(`unsupported CRS ${uri} of tile matrix set ${tms.id}`);
  return hit[1];
}

/** A WMTS tile grid (matrix ids = the set's identifiers, e.g. Tianditu's 1..20) from TMS JSON. */
export function tileGridFrom(tms) {
  const swap = northFirst(tms);
  const levels = [...tms.tileMatrices].sort((a, b) => b.cellSize - a.cellSize);
  return new WMTSTileGrid({
    matrixIds: levels.map((m) => String(m.id)),
    resolutions: levels.map((m) => m.cellSize),
    origins: levels.map((m) => (swap ? [m.pointOfOrigin[1], m.pointOfOrigin[0]] : m.pointOfOrigin)),
    tileSizes: levels.map((m) => [m.tileWidth, m.tileHeight]),
    sizes: levels.map((m) => [m.matrixWidth, m.matrixHeight]),
  });
}
