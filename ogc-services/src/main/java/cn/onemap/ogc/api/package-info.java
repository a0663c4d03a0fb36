/**
 * OGC API Features (Part 1 Core with GeoJSON and HTML, Part 2 CRS by reference, Part 3 Filtering
 * with CQL2 text and queryables) over the feature store, mounted by the portal at {@code /ogcapi}:
 * {@link cn.onemap.ogc.api.OgcApiFeatures#handle} is the entry point; {@link
 * cn.onemap.ogc.api.ApiRequest} checks the query parameters of each resource, negotiates {@code
 * f=json|html} and builds links; {@link cn.onemap.ogc.api.HtmlViews} renders the HTML encoding
 * ({@link cn.onemap.ogc.api.HtmlPage}, with an inline {@link cn.onemap.ogc.api.SvgMap}); {@link
 * cn.onemap.ogc.api.Cql2Text} translates CQL2 text to ECQL for gis-core's parser; {@link
 * cn.onemap.ogc.api.DateTimeParam} gives {@code datetime} its as-of-the-end semantics; errors are
 * JSON exceptions ({@link cn.onemap.ogc.api.ApiException}); {@code /api} serves the OpenAPI
 * document.
 */
package cn.onemap.ogc.api;
