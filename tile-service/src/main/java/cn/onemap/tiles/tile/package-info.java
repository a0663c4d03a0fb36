/**
 * Tiles: tilesets (the base map, its labels, every catalog layer), tile keys, encoded tiles with
 * strong ETags, and their production ({@link cn.onemap.tiles.tile.RasterTiles} renders metatiles
 * with the map renderer). Protocol layers (WMTS, XYZ, OGC API Tiles) check access first, then ask a
 * {@link cn.onemap.tiles.tile.TileSource} — in production the cache in {@code
 * cn.onemap.tiles.cache} wrapping the producers.
 */
package cn.onemap.tiles.tile;
