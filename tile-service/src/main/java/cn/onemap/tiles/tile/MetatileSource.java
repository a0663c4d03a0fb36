package cn.onemap.tiles.tile;

import cn.onemap.tiles.grid.TileRange;
import java.util.Map;

/**
 * A tile source that produces tiles a block at a time (a metatile rendered in one pass, so labels
 * and symbols cross tile edges whole). The cache asks it for the whole block once and keeps every
 * tile of it.
 */
public interface MetatileSource extends TileSource {
  /**
   * The block of tiles produced together with the key's tile, clipped to the matrix; {@link
   * TileNotFoundException} like {@link #tile}.
   */
  TileRange metatile(TileKey key);

  /** Every tile of the key's metatile, keyed like {@code key.at(row, col)}. */
  Map<TileKey, Tile> renderMetatile(TileKey key);

  @Override
  default Tile tile(TileKey key) {
    Tile t = renderMetatile(key).get(key);
    if (t == null) {
      throw new IllegalStateException("metatile of " + key + " lacks the tile itself");
    }
    return t;
  }
}
