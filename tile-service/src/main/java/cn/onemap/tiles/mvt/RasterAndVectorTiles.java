package cn.onemap.tiles.mvt;

import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.MetatileSource;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileSource;
import java.util.Map;

/**
 * One tile source for every format, for the endpoints and jobs that take any (XYZ, seeding, offline
 * packages, one {@code CachedTiles} over both): raster keys go to the raster source with its
 * metatiles, {@link TileFormat#MVT} keys to the vector source one tile at a time (vector tiles
 * carry a buffer instead of needing metatiles). Thread-safe when both sources are.
 */
public final class RasterAndVectorTiles implements MetatileSource {
  private final MetatileSource raster;
  private final TileSource vector;

  public RasterAndVectorTiles(MetatileSource raster, TileSource vector) {
    this.raster = raster;
    this.vector = vector;
  }

  @Override
  public TileRange metatile(TileKey key) {
    return key.format() == TileFormat.MVT
        ? new TileRange(key.row(), key.row(), key.col(), key.col())
        : raster.metatile(key);
  }

  @Override
  public Map<TileKey, Tile> renderMetatile(TileKey key) {
    return key.format() == TileFormat.MVT
        ? Map.of(key, vector.tile(key))
        : raster.renderMetatile(key);
  }

  @Override
  public Tile tile(TileKey key) {
    return key.format() == TileFormat.MVT ? vector.tile(key) : raster.tile(key);
  }
}
