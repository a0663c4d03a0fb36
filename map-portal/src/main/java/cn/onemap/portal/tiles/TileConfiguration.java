package cn.onemap.portal.tiles;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.layers.LayerDataChanged;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.cache.TileInvalidator;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.mvt.MvtSettings;
import cn.onemap.tiles.mvt.RasterAndVectorTiles;
import cn.onemap.tiles.mvt.VectorTileEncoder;
import cn.onemap.tiles.mvt.VectorTiles;
import cn.onemap.tiles.seed.TileExporter;
import cn.onemap.tiles.seed.TileSeeder;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires tile-service into the portal: the tilesets, the raster producer, the cache in front of it
 * ({@code onemap.tiles.*}), the invalidator polling the store's change log, and the seeder and
 * exporter the admin API runs as jobs. Protocol controllers (WMTS, XYZ, OGC API Tiles) check access
 * with the portal's {@code LayerAccess} on every layer of a tileset, then ask {@link CachedTiles}.
 */
@Configuration(proxyBeanMethods = false)
class TileConfiguration {

  @Bean
  TileMatrixSets tileMatrixSets() {
    return TileMatrixSets.standard();
  }

  @Bean
  Tilesets tilesets(FeatureStore store) {
    return new Tilesets(store);
  }

  /**
   * The portal's one style catalog: the styles directory ({@code onemap.wms.styles-dir}, default
   * {@code <data-dir>/styles}) and the styles saved through the admin API, shared by WMS, WMTS, the
   * tile cache and prints, so a style name draws the same everywhere.
   */
  @Bean
  StyleCatalog styleCatalog(PortalProperties properties, FeatureStore store) {
    PortalProperties.Wms wms = properties.wms();
    Path dir =
        wms.stylesDir().isBlank()
            ? properties.dataDir().resolve("styles")
            : Path.of(wms.stylesDir());
    return StyleCatalog.live(Optional.of(dir), store);
  }

  @Bean
  StyleLookup tileStyles(StyleCatalog catalog) {
    return catalog.lookup();
  }

  @Bean
  RasterTiles rasterTiles(
      FeatureStore store,
      Tilesets tilesets,
      StyleLookup styles,
      TileMatrixSets sets,
      PortalProperties properties) {
    return new RasterTiles(
        store,
        tilesets,
        styles,
        sets,
        RasterTiles.Settings.DEFAULT.withMetatile(properties.tiles().metatile()));
  }

  @Bean
  TileCache tileCache(PortalProperties properties) {
    PortalProperties.Tiles t = properties.tiles();
    Path dir =
        t.cacheDir().isBlank() ? properties.dataDir().resolve("tiles") : Path.of(t.cacheDir());
    return new TileCache(dir, t.memoryMb() << 20, t.diskMb() << 20);
  }

  @Bean
  VectorTiles vectorTiles(
      FeatureStore store,
      Tilesets tilesets,
      TileMatrixSets sets,
      @Value("${onemap.tiles.vector.max-features:50000}") int maxFeatures,
      @Value("${onemap.tiles.vector.max-bytes:8388608}") int maxBytes) {
    MvtSettings defaults = MvtSettings.defaults();
    var settings =
        new MvtSettings(
            defaults.extent(), defaults.buffer(), maxFeatures, maxBytes, defaults.simplifyPixels());
    return new VectorTiles(tilesets, sets, new VectorTileEncoder(store, settings));
  }

  /**
   * Every tile the portal serves, seeds and packages, raster and vector: one cache, one render per
   * metatile, so one truncation covers every format.
   */
  @Bean
  CachedTiles cachedTiles(RasterTiles raster, VectorTiles vector, TileCache cache) {
    return new CachedTiles(new RasterAndVectorTiles(raster, vector), cache);
  }

  @Bean(destroyMethod = "close")
  TileSeeder tileSeeder(CachedTiles tiles, TileMatrixSets sets, PortalProperties properties) {
    return new TileSeeder(
        tiles, sets, properties.tiles().metatile(), properties.tiles().seedThreads());
  }

  @Bean
  TileExporter tileExporter(CachedTiles tiles, Tilesets tilesets, TileMatrixSets sets) {
    return new TileExporter(tiles, tilesets, sets);
  }

  @Bean(destroyMethod = "close")
  TileInvalidator tileInvalidator(
      FeatureStore store,
      Tilesets tilesets,
      TileCache cache,
      StyleLookup styles,
      TileMatrixSets sets,
      RasterTiles producer,
      TileSeeder seeder,
      PortalProperties properties) {
    TileInvalidator invalidator =
        new TileInvalidator(store, tilesets, cache, styles, sets, producer.settings());
    if (properties.tiles().reseedAfterEdit()) {
      invalidator.onTruncated(keys -> seeder.reseedInBackground(keys, 2_000));
    }
    invalidator.start(properties.tiles().invalidationPoll());
    return invalidator;
  }

  /** Edits made through this node are applied at once rather than at the next poll. */
  @Bean
  InvalidateOnEdit invalidateOnEdit(TileInvalidator invalidator) {
    return new InvalidateOnEdit(invalidator);
  }

  static final class InvalidateOnEdit {
    private final TileInvalidator invalidator;

    InvalidateOnEdit(TileInvalidator invalidator) {
      this.invalidator = invalidator;
    }

    @EventListener
    void on(LayerDataChanged e) {
      try {
        invalidator.poll();
      } catch (RuntimeException ex) {
        // the timer's next poll retries; an edit must not fail because tiles lag
        Optional.ofNullable(ex.getMessage())
            .ifPresent(
                m ->
                    org.slf4j.LoggerFactory.getLogger(TileConfiguration.class)
                        .warn("tile invalidation after an edit failed: {}", m));
      }
    }
  }
}
