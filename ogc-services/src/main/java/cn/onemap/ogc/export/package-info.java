/**
 * Downloads of a layer's features as files other GIS tools open: CSV (UTF-8 with BOM, WKT),
 * GeoJSON, KML 2.2, GeoPackage 1.3 and a zipped ESRI Shapefile, in any CRS the platform transforms
 * to. One writer per format ({@link cn.onemap.ogc.export.ExportWriter}), one registry ({@link
 * cn.onemap.ogc.export.ExportFormat}); {@link cn.onemap.ogc.export.Exports} turns a store query
 * into an {@link cn.onemap.ogc.http.OgcResponse} with a download name, so WFS GetFeature, OGC API
 * items and the portal's REST features endpoint export the same bytes. Text formats stream feature
 * by feature; GeoPackage and Shapefile are built in temporary files (SQLite and the .shx/.dbf
 * headers need them) that are streamed and deleted.
 */
package cn.onemap.ogc.export;
