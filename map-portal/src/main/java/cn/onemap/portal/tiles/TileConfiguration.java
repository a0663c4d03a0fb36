package cn.onemap.portal.tiles;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.layers.LayerDataChanged;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.cache.TileCache;
import cn.onemap.tiles.cache.TileInvalidator;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.seed.TileExporter;
import cn.onemap.tiles.seed.TileSeeder;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.Tilesets;
import java.nio.file.Path;
import java.util.Optional;
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

  /** Named styles from the same directory as WMS, so a WMTS STYLE equals a WMS STYLES value. */
  @Bean
  StyleLookup tileStyles(PortalProperties properties) {
    PortalProperties.Wms wms = properties.wms();
    Path dir =
        wms.stylesDir().isBlank()
            ? properties.dataDir().resolve("styles")
            : Path.of(wms.stylesDir());
    StyleCatalog catalog = StyleCatalog.load(dir);
    StyleLookup named =
        (layer, name) -> catalog.style(layer.id(), name).map(StyleCatalog.NamedStyle::style);
    return named.orDefaults();
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

  /** The raster tiles to serve: cached, one render per metatile. */
  @Bean
  CachedTiles cachedRasterTiles(RasterTiles producer, TileCache cache) {
    return new CachedTiles(producer, cache);
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
