package cn.onemap.portal.ogc;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.tiles.cache.CachedTiles;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tilesets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the tile endpoints (WMTS, XYZ, OGC API Tiles) serve from: the tilesets, the tile source —
 * the portal's {@link CachedTiles} when the tile cache is configured, otherwise tiles rendered on
 * each request — the named styles (the portal's one {@link StyleCatalog}, so WMS and the tiles draw
 * the same style of the same name) and the {@code max-age} of tile responses ({@code
 * onemap.tiles.max-age}, seconds, default 60).
 */
@Component
class OgcTiles {
  private final Tilesets tilesets;
  private final TileSource tiles;
  private final StyleCatalog styles;
  private final int maxAge;

  OgcTiles(
      FeatureStore store,
      StyleCatalog styles,
      ObjectProvider<Tilesets> tilesets,
      ObjectProvider<CachedTiles> cached,
      @Value("${onemap.tiles.max-age:60}") int maxAge) {
    this.styles = styles;
    this.tilesets = tilesets.getIfUnique(() -> new Tilesets(store));
    CachedTiles cache = cached.getIfUnique();
    this.tiles = cache != null ? cache : new RasterTiles(store, this.tilesets, styles.lookup());
    this.maxAge = maxAge;
  }

  Tilesets tilesets() {
    return tilesets;
  }

  TileSource tiles() {
    return tiles;
  }

  StyleCatalog styles() {
    return styles;
  }

  int maxAge() {
    return maxAge;
  }
}
