/**
 * GeoPackage sources through SQLite JDBC: feature tables from gpkg_contents and
 * gpkg_geometry_columns, CRS from gpkg_spatial_ref_sys, geometry from the GeoPackage binary header
 * plus WKB.
 */
package cn.onemap.loaders.gpkg;
