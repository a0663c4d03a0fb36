/**
 * Imports of bureau files into the feature store. {@link cn.onemap.loaders.Importer} runs one
 * {@link cn.onemap.loaders.ImportRequest} — a GeoJSON, CSV, Shapefile or GeoPackage file into one
 * layer, created on request — streaming, in one transaction, with per-row checks whose findings go
 * into a QC report, and returns an {@link cn.onemap.loaders.ImportReport}. CJJ 61 survey tables
 * have their own importer in {@code survey}; the CLI is in {@code cli}.
 */
package cn.onemap.loaders;
