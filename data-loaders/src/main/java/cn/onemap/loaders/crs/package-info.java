/**
 * Where a source's CRS comes from: the request, a .prj or GeoPackage WKT ({@link
 * cn.onemap.loaders.crs.WktCrs}), or a guess from the coordinate values ({@link
 * cn.onemap.loaders.crs.CoordinateGuesser}) that asks for confirmation when the values fit several
 * systems. Transforms themselves are gis-core's.
 */
package cn.onemap.loaders.crs;
