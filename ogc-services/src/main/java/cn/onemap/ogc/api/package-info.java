/**
 * OGC API Features (Part 1 Core, Part 2 CRS by reference, Part 3 Filtering with CQL2 text and
 * queryables) over the feature store, mounted by the portal at {@code /ogcapi}: {@link
 * cn.onemap.ogc.api.OgcApiFeatures#handle} is the entry point; {@link cn.onemap.ogc.api.Cql2Text}
 * translates CQL2 text to ECQL for gis-core's parser; {@link cn.onemap.ogc.api.DateTimeParam} gives
 * {@code datetime} its as-of-the-end semantics; errors are JSON exceptions ({@link
 * cn.onemap.ogc.api.ApiException}); {@code /api} serves the OpenAPI document.
 */
package cn.onemap.ogc.api;
