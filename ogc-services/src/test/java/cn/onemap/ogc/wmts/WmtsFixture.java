package cn.onemap.ogc.wmts;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.ogc.wms.WmsConfig;
import cn.onemap.ogc.wms.WmsService;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.Tilesets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test city of {@link TestLayers} (public {@code poi}, restricted {@code secret}) behind a WMTS
 * over real rendered tiles ({@link RasterTiles}, no cache). Feature 2 ({@code 客都大道}, at 116.12
 * 24.30) was moved to 116.145 24.275 after {@link #beforeMove}.
 */
final class WmtsFixture implements AutoCloseable {
  static final String BASE = "http://test/wmts";
  static final AccessPolicy READER = TestLayers.reader(false);

  final StoreFixture fixture;
  final Tilesets tilesets;
  final RasterTiles tiles;
  final Wmts wmts;
  final Instant beforeMove;

  WmtsFixture() {
    this(Backend.H2GIS);
  }

  WmtsFixture(Backend backend) {
    fixture = StoreFixture.open(backend);
    TestLayers.create(fixture.store());
    pause();
    beforeMove = Instant.now();
    pause();
    fixture
        .store()
        .apply(
            "poi",
            List.of(
                FeatureEdit.update(
                    "2", Wkt.read("POINT (116.145 24.275)"), Map.of("name", "客都大道", "level", 2))),
            EditContext.by("test"));
    tilesets = new Tilesets(fixture.store());
    tiles = new RasterTiles(fixture.store(), tilesets, StyleLookup.defaults());
    wmts =
        new Wmts(
            fixture.store(),
            tiles,
            tilesets,
            StyleCatalog.empty(),
            WmsService.descriptor(fixture.store(), WmsConfig.defaults()),
            WmtsConfig.defaults());
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  OgcResponse kvp(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return wmts.handle(OgcRequest.get(BASE, "/", m), READER);
  }

  OgcResponse rest(String path, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return wmts.handle(OgcRequest.get(BASE, path, m), READER);
  }

  /** A GetTile in Tianditu's spelling: lower-case keys, FORMAT=tiles, STYLE=default. */
  OgcResponse tianditu(String layer, String set, String level, long row, long col) {
    return kvp(
        "service",
        "wmts",
        "request",
        "GetTile",
        "version",
        "1.0.0",
        "layer",
        layer,
        "style",
        "default",
        "tilematrixset",
        set,
        "format",
        "tiles",
        "tilematrix",
        level,
        "tilerow",
        Long.toString(row),
        "tilecol",
        Long.toString(col));
  }

  static byte[] bytes(OgcResponse r) {
    var out = new ByteArrayOutputStream();
    try {
      r.body().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(OgcResponse r) {
    return new String(bytes(r), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    fixture.close();
  }
}
