package cn.onemap.portal.vectortiles;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.mvt.MvtSettings;
import cn.onemap.tiles.mvt.VectorTileEncoder;
import cn.onemap.tiles.mvt.VectorTiles;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's vector tiles: {@link VectorTiles} over the feature store with the configured limits
 * ({@code onemap.tiles.vector.max-features}, {@code .max-bytes}, {@code .max-age}), and the one
 * access rule for a tileset (readable iff the caller may read every one of its layers, otherwise
 * unknown), applied before any tile is looked up.
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
      @Value("${onemap.tiles.vector.max-age:60s}") Duration maxAge) {
    this.tilesets = new Tilesets(store);
    MvtSettings defaults = MvtSettings.defaults();
    var settings =
        new MvtSettings(
            defaults.extent(), defaults.buffer(), maxFeatures, maxBytes, defaults.simplifyPixels());
    this.tiles =
        new VectorTiles(
            tilesets, TileMatrixSets.standard(), new VectorTileEncoder(store, settings));
    this.maxAgeSeconds = (int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds());
  }

  public Tilesets tilesets() {
    return tilesets;
  }

  /** The vector tile source (uncached: every tile is read from the store's current state). */
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
