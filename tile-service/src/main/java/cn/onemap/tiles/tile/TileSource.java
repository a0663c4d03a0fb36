package cn.onemap.tiles.tile;

/**
 * Produces tiles. Implementations: {@link RasterTiles} (renders), the cache decorating it, vector
 * tiles. Thread-safe.
 */
@FunctionalInterface
public interface TileSource {
  /**
   * The tile; {@link TileNotFoundException} for an unknown tileset, style, set or level, or a tile
   * outside the matrix.
   */
  Tile tile(TileKey key);
}
