/**
 * The reading side of an import: a {@link cn.onemap.loaders.source.FeatureSource} streams {@link
 * cn.onemap.loaders.source.SourceRecord}s from one file with the schema, CRS and encoding the file
 * declares; {@link cn.onemap.loaders.source.Sources} opens the right reader for a file. Formats
 * live in their own packages (csv, geojson, shapefile, gpkg).
 */
package cn.onemap.loaders.source;
