/**
 * Tile matrix sets: Tianditu's {@code c} (CGCS2000 geographic) and {@code w} (Web Mercator), OGC
 * TileMatrixSet 2.0's {@code WorldCRS84Quad} and {@code WebMercatorQuad}, and the city's local
 * Gauss-Krüger set {@code MeizhouGK}. One definition each, used by WMTS, XYZ, OGC API Tiles, vector
 * tiles and the cache. Coordinates are x = east, y = north whatever the CRS's axis order.
 */
package cn.onemap.tiles.grid;
