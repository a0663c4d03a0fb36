/**
 * Shapefile sources, read without GeoTools: .shp records, .dbf attributes in GBK or UTF-8 (.cpg or
 * detection), CRS from the .prj.
 */
package cn.onemap.loaders.shapefile;
