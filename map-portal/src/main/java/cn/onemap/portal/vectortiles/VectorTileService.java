package cn.onemap.portal.vectortiles;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.mvt.VectorTiles;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's vector tiles: {@link VectorTiles} over the feature store with the configured limits
 * ({@code onemap.tiles.vector.max-features}, {@code .max-bytes}, {@code .max-age}), cached in the
 * portal's {@link CachedTiles} when it has one, and the one access rule for a tileset (readable iff
 * the caller may read every one of its layers, otherwise unknown), applied before any tile is
 * looked up.
 */
@Component
public class VectorTileService {
  private final Tilesets tilesets;
  private final TileSource tiles;
  private final int maxAgeSeconds;

  VectorTileService(
      Tilesets tilesets,
      VectorTiles vector,
      @Value("${onemap.tiles.vector.max-age:60s}") Duration maxAge,
      ObjectProvider<CachedTiles> cached) {
    this.tilesets = tilesets;
    // The portal's cached source serves raster and vector tiles alike (truncations cover every
    // format); without it vector tiles are read fresh each time.
    CachedTiles shared = cached.getIfUnique();
    this.tiles = shared == null ? vector : shared;
    this.maxAgeSeconds = (int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds());
  }

  public Tilesets tilesets() {
    return tilesets;
  }

  /** The vector tile source: through the portal's {@link CachedTiles} when there is one. */
  public TileSource tiles() {
    return tiles;
  }

  public int maxAgeSeconds() {
    return maxAgeSeconds;
  }

  /** Whether a caller who may read what {@code canRead} accepts may read the tileset. */
  static boolean readableBy(Tileset t, java.util.function.Predicate<LayerDefinition> canRead) {
    return !t.layers().isEmpty() && t.layers().stream().allMatch(canRead);
  }
}
