/**
 * Mapbox Vector Tiles (MVT 2.1) of catalog layers and of the combined base map, in every tile
 * matrix set (Web Mercator and, beyond the usual, the CGCS2000 geographic sets {@code c} and {@code
 * WorldCRS84Quad} with coordinates in the tile's own grid). On PostGIS the database encodes each
 * layer ({@code ST_AsMVT}, {@code FeatureStore#vectorTile}); on H2GIS {@link
 * cn.onemap.tiles.mvt.JavaLayerEncoder} encodes the same rows in Java with the same steps:
 * transform, simplify to half a pixel, clip with a buffer, snap to the 4096 grid, drop what
 * collapses. Both give the same features, ids and typed attribute values.
 */
package cn.onemap.tiles.mvt;
