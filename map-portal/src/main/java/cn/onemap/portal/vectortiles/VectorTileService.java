package cn.onemap.portal.vectortiles;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.mvt.MvtSettings;
import cn.onemap.tiles.mvt.VectorTileEncoder;
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
 * portal's {@link TileCache} when it has one, and the one access rule for a tileset (readable iff
 * the caller may read every one of its layers, otherwise unknown), applied before any tile is
 * looked up.
 */
@Component
public class VectorTileService {
  private final Tilesets tilesets;
  private final TileSource tiles;
  private final int maxAgeSeconds;

  VectorTileService(
      FeatureStore store,
      @Value("${onemap.tiles.vector.max-features:50000}") int maxFeatures,
      @Value("${onemap.tiles.vector.max-bytes:8388608}") int maxBytes,
      @Value("${onemap.tiles.vector.max-age:60s}") Duration maxAge,
      ObjectProvider<TileCache> cache) {
    this.tilesets = new Tilesets(store);
    MvtSettings defaults = MvtSettings.defaults();
    var settings =
        new MvtSettings(
            defaults.extent(), defaults.buffer(), maxFeatures, maxBytes, defaults.simplifyPixels());
    TileSource vector =
        new VectorTiles(
            tilesets, TileMatrixSets.standard(), new VectorTileEncoder(store, settings));
    // With the portal's tile cache (raster and vector tiles share it; truncations cover every
    // format), vector tiles are cached too; without one they are read fresh each time.
    TileCache shared = cache.getIfAvailable();
    this.tiles = shared == null ? vector : new CachedTiles(vector, shared);
    this.maxAgeSeconds = (int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds());
  }

  public Tilesets tilesets() {
    return tilesets;
  }

  /** The vector tile source: through the portal's {@link TileCache} when there is one. */
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
