import { getPointResolution, transform } from 'ol/proj.js';
import { defineProjection } from './cgcs2000.js';

/**
 * CGCS2000 3° Gauss-Krüger zone 39 (central meridian 117°E, no zone prefix): EPSG:4548, the city's
 * large-scale plane (the MeizhouGK tile matrix set). OpenLayers coordinates are easting, northing.
 */
defineProjection(
  'EPSG:4548',
  '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs',
  [300000, 2560000, 520000, 2780000],
);

/**
 * Between the API's coordinates (CGCS2000 lon/lat, EPSG:4490) and the map view's, which are the
 * same on the default c grid, Web Mercator metres on w and GK metres (EPSG:4548) on gk.
 */
export function toView(map, lonLat) {
  return transform(lonLat, 'EPSG:4490', map.getView().getProjection());
}

export function toLonLat(map, coordinate) {
  return transform(coordinate, map.getView().getProjection(), 'EPSG:4490');
}

/** Ground metres per pixel of `resolution` at `coordinate` in `projection`. */
export function groundResolution(projection, resolution, coordinate) {
  return getPointResolution(projection, resolution, coordinate, 'm');
}

/**
 * The resolution in `projection` (at `coordinate`, given in that projection) that shows
 * `metres` of ground per pixel: how a view keeps its scale across a CRS switch.
 */
export function resolutionFor(projection, metres, coordinate) {
  return metres / getPointResolution(projection, 1, coordinate, 'm');
}
