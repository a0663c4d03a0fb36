/**
 * Tiles over HTTP outside WMTS: XYZ tile URLs and TileJSON 3.0 ({@code /tiles}), OGC API – Tiles
 * map tilesets and OGC TileMatrixSet 2.0 JSON ({@code /ogcapi/tileMatrixSets}, {@code
 * /ogcapi/collections/{id}/map/tiles}, {@code /ogcapi/map/tiles}), and what every tile endpoint
 * shares: the access rule ({@link cn.onemap.ogc.tiles.TileAccess}) and the HTTP caching headers
 * ({@link cn.onemap.ogc.tiles.TileResponses}). Plain Java over {@code OgcRequest}/{@code
 * OgcResponse}; tiles come from tile-service's {@code TileSource}.
 */
package cn.onemap.ogc.tiles;
