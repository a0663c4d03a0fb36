import { transform } from 'ol/proj.js';

/**
 * Between the API's coordinates (CGCS2000 lon/lat, EPSG:4490) and the map view's, which are the
 * same on the default c grid and Web Mercator metres on w.
 */
export function toView(map, lonLat) {
  return transform(lonLat, 'EPSG:4490', map.getView().getProjection());
}

export function toLonLat(map, coordinate) {
  return transform(coordinate, map.getView().getProjection(), 'EPSG:4490');
}
