package cn.onemap.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureLimitException;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.Tilesets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * Vector tiles of the same hand-built city block from H2GIS (Java encoder) and PostGIS ({@code
 * ST_AsMVT}) decode to the same features, ids, typed values and geometries (within a tile unit or
 * two), in Web Mercator, CGCS2000 and the local Gauss-Krüger sets at several levels.
 *
 * <pre>
 *   buildings: 6 × 6 round-ish polygons (36 vertices) every 0.001° from (116.1, 24.3), even
 *              ones numeric ids "1000 + k", odd ones "b-i-j"; one 0.01° ring with a hole
 *   roads:     zig-zag lines across the block, ids "r-n"
 *   pois:      points every 0.0007°, ids "n"
 * </pre>
 */
class VectorTilesIT {
  private static final double X0 = 116.1;
  private static final double Y0 = 24.3;
  private static final TileMatrixSets SETS = TileMatrixSets.standard();

  private static StoreFixture h2;
  private static StoreFixture pg;

  @BeforeAll
  static void load() {
    h2 = StoreFixture.open(Backend.H2GIS);
    pg = StoreFixture.open(Backend.POSTGIS);
    for (StoreFixture f : List.of(h2, pg)) {
      fill(f.store());
    }
  }

  @AfterAll
  static void close() {
    h2.close();
    pg.close();
  }

  static LayerDefinition buildings() {
    return LayerDefinition.of(
        "t_buildings",
        "测试建筑",
        LayerKind.BASE,
        GeometryType.POLYGON,
        List.of(
            AttributeDefinition.required("name", AttributeType.STRING, "名称"),
            AttributeDefinition.optional("floors", AttributeType.INTEGER, "层数"),
            AttributeDefinition.optional("height", AttributeType.DOUBLE, "高度"),
            AttributeDefinition.optional("heritage", AttributeType.BOOLEAN, "历史建筑"),
            AttributeDefinition.optional("built", AttributeType.DATE, "建成日期"),
            AttributeDefinition.optional("surveyed", AttributeType.TIMESTAMP, "测量时间"),
            AttributeDefinition.optional("parcel", AttributeType.LONG, "宗地号")));
  }

  static LayerDefinition roads() {
    return LayerDefinition.of(
        "t_roads",
        "测试道路",
        LayerKind.BASE,
        GeometryType.LINESTRING,
        List.of(AttributeDefinition.optional("name", AttributeType.STRING, "路名")));
  }

  static LayerDefinition pois() {
    return LayerDefinition.of(
        "t_pois",
        "测试兴趣点",
        LayerKind.BASE,
        GeometryType.POINT,
        List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")));
  }

  private static void fill(FeatureStore store) {
    store.createLayer(buildings());
    store.createLayer(roads());
    store.createLayer(pois());
    var b = new ArrayList<FeatureEdit>();
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        int k = i * 6 + j;
        var a = new HashMap<String, Object>();
        a.put("name", "楼" + k);
        a.put("floors", k % 3 == 0 ? null : k);
        a.put("height", 3.5 * k + 0.25);
        a.put("heritage", k % 2 == 0);
        a.put("built", LocalDate.of(1990 + k, 1 + k % 12, 1 + k % 28));
        a.put("surveyed", Instant.parse("2024-05-0" + (1 + k % 9) + "T08:30:15.123456Z"));
        a.put("parcel", 44_140_000_000L + k);
        String id = k % 2 == 0 ? String.valueOf(1000 + k) : "b-" + i + "-" + j;
        b.add(FeatureEdit.insert(id, round(X0 + i * 0.001, Y0 + j * 0.001, 0.0004, 36), a));
      }
    }
    b.add(
        FeatureEdit.insert(
            "ring",
            Wkt.read(
                String.format(
                    Locale.ROOT,
                    "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f), (%f %f, %f %f, %f %f, %f %f, %f %f))",
                    X0 - 0.002,
                    Y0 - 0.002,
                    X0 + 0.008,
                    Y0 - 0.002,
                    X0 + 0.008,
                    Y0 + 0.008,
                    X0 - 0.002,
                    Y0 + 0.008,
                    X0 - 0.002,
                    Y0 - 0.002,
                    X0 - 0.001,
                    Y0 - 0.001,
                    X0 - 0.001,
                    Y0 + 0.007,
                    X0 + 0.007,
                    Y0 + 0.007,
                    X0 + 0.007,
                    Y0 - 0.001,
                    X0 - 0.001,
                    Y0 - 0.001)),
            Map.of("name", "环")));
    store.apply("t_buildings", b, EditContext.by("test"));
    var r = new ArrayList<FeatureEdit>();
    for (int n = 0; n < 5; n++) {
      var wkt = new StringBuilder("LINESTRING (");
      for (int s = 0; s <= 40; s++) {
        double x = X0 - 0.001 + s * 0.0002;
        double y = Y0 + n * 0.0012 + (s % 2 == 0 ? 0 : 0.00015);
        wkt.append(s == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.7f %.7f", x, y));
      }
      r.add(FeatureEdit.insert("r-" + n, Wkt.read(wkt + ")"), Map.of("name", "路" + n)));
    }
    store.apply("t_roads", r, EditContext.by("test"));
    var p = new ArrayList<FeatureEdit>();
    for (int n = 0; n < 64; n++) {
      p.add(
          FeatureEdit.insert(
              String.valueOf(n),
              Wkt.meizhouPoint((n % 8) * 0.0007, (n / 8) * 0.0007),
              Map.of("name", "点" + n)));
    }
    store.apply("t_pois", p, EditContext.by("test"));
  }

  /** A polygon of {@code n} vertices around (x, y), slightly irregular. */
  static Geometry round(double x, double y, double r, int n) {
    var wkt = new StringBuilder("POLYGON ((");
    for (int s = 0; s <= n; s++) {
      double a = 2 * Math.PI * (s % n) / n;
      double rr = r * (1 + 0.05 * ((s % n) % 3));
      wkt.append(s == 0 ? "" : ", ")
          .append(
              String.format(Locale.ROOT, "%.8f %.8f", x + rr * Math.cos(a), y + rr * Math.sin(a)));
    }
    return Wkt.read(wkt + "))");
  }

  private static List<LayerDefinition> layers(FeatureStore store) {
    return List.of(
        store.requireLayer("t_buildings"),
        store.requireLayer("t_roads"),
        store.requireLayer("t_pois"));
  }

  /** The tile of {@code set}'s level holding the point (lon, lat). */
  static long[] tileAt(TileMatrixSet set, TileMatrix m, double lon, double lat) {
    double[] xy =
        set.crs().equals("EPSG:4490") || set.crs().equals("EPSG:4326")
            ? new double[] {lon, lat}
            : Transforms.get("EPSG:4490", set.crs()).transform(lon, lat);
    TileRange r = m.tileAt(xy[0], xy[1]);
    return new long[] {r.minRow(), r.minCol()};
  }

  /**
   * Without simplification the backends agree to a tile unit (rounding of reprojected coordinates);
   * both snap to the grid first and then cut at the buffer's edge.
   */
  @Test
  void bothBackendsGiveTheSameFeaturesInMercatorAndCgcs2000Sets() {
    compareBackends(MvtSettings.defaults().withSimplifyPixels(0), 1.0);
  }

  /**
   * Simplified to half a pixel (8 units of 4096 per 256 pixels), JTS's and GEOS's topology
   * preserving simplifiers may keep different vertices, each within the tolerance of the original
   * line: the two results stay within twice the tolerance of each other.
   */
  @Test
  void simplifiedTilesAgreeWithinTheTolerance() {
    compareBackends(MvtSettings.defaults(), 2 * 8 + 1.5);
  }

  private static void compareBackends(MvtSettings settings, double maxDistance) {
    var h2Tiles = new VectorTileEncoder(h2.store(), settings);
    var pgTiles = new VectorTileEncoder(pg.store(), settings);
    int compared = 0;
    double worst = 0;
    for (String setId : List.of("WebMercatorQuad", "c", "WorldCRS84Quad", "w", "MeizhouGK")) {
      TileMatrixSet set = SETS.find(setId).orElseThrow();
      for (String level : levels(setId)) {
        TileMatrix m = set.matrix(level).orElseThrow();
        long[] rc = tileAt(set, m, X0 + 0.0026, Y0 + 0.0023);
        for (long[] t : List.of(rc, new long[] {rc[0], rc[1] + 1}, new long[] {rc[0] + 1, rc[1]})) {
          String where = setId + "/" + level + "/" + t[0] + "/" + t[1];
          DecodedTile a =
              DecodedTile.decode(
                  h2Tiles.encode(layers(h2.store()), set, m, t[0], t[1], Optional.empty()));
          DecodedTile b =
              DecodedTile.decode(
                  pgTiles.encode(layers(pg.store()), set, m, t[0], t[1], Optional.empty()));
          assertThat(a.layers().keySet()).as(where).isEqualTo(b.layers().keySet());
          for (String name : a.layers().keySet()) {
            DecodedTile.Layer la = a.layers().get(name);
            DecodedTile.Layer lb = b.layers().get(name);
            assertThat(la.extent()).isEqualTo(4096).isEqualTo(lb.extent());
            var fa = la.byKey();
            var fb = lb.byKey();
            assertThat(fa.keySet()).as(where + " " + name).isEqualTo(fb.keySet());
            for (String key : fa.keySet()) {
              DecodedTile.Feature x = fa.get(key);
              DecodedTile.Feature y = fb.get(key);
              String what = where + " " + name + " " + key;
              assertThat(x.id()).as(what).isEqualTo(y.id());
              assertThat(x.values()).as(what).isEqualTo(y.values());
              assertThat(x.geometry().getGeometryType())
                  .as(what)
                  .isEqualTo(y.geometry().getGeometryType());
              double d = DiscreteHausdorffDistance.distance(x.geometry(), y.geometry());
              worst = Math.max(worst, d);
              assertThat(d)
                  .as(what + ": " + x.geometry() + " vs " + y.geometry())
                  .isLessThanOrEqualTo(maxDistance);
              compared++;
            }
          }
        }
      }
    }
    System.out.println(
        "simplify "
            + settings.simplifyPixels()
            + " px: compared "
            + compared
            + " features, worst Hausdorff distance "
            + worst);
    assertThat(compared).isGreaterThan(200);
  }

  private static List<String> levels(String setId) {
    if (setId.equals("MeizhouGK")) {
      return List.of("2", "4", "6"); // 1:10,000, 1:2,000 and 1:500
    }
    return setId.length() == 1 ? List.of("13", "16", "18") : List.of("12", "15", "17");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void featuresCarryIdsTypedValuesAndExactPositions(Backend backend) {
    FeatureStore store = (backend == Backend.H2GIS ? h2 : pg).store();
    var tiles = new VectorTileEncoder(store, MvtSettings.defaults());
    TileMatrixSet set = SETS.c();
    TileMatrix m = set.matrix("17").orElseThrow();
    long[] rc = tileAt(set, m, X0, Y0);
    DecodedTile t =
        DecodedTile.decode(tiles.encode(layers(store), set, m, rc[0], rc[1], Optional.empty()));
    var buildings = t.layers().get("t_buildings").byKey();
    DecodedTile.Feature numeric = buildings.get("1000");
    assertThat(numeric.id()).contains(1000L);
    assertThat(numeric.values())
        .containsExactly(
            Map.entry("name", "楼0"),
            Map.entry("height", 0.25),
            Map.entry("heritage", true),
            Map.entry("built", "1990-01-01"),
            Map.entry("surveyed", "2024-05-01T08:30:15.123456Z"),
            Map.entry("parcel", 44_140_000_000L));
    DecodedTile.Feature named = buildings.get("b-0-1");
    assertThat(named.id()).isEmpty();
    assertThat(named.values()).containsEntry("id", "b-0-1").containsEntry("floors", 1L);
    // POI "0" sits at (X0, Y0): its tile coordinates follow from the tile's exact envelope.
    var env = m.tileEnvelope(rc[0], rc[1]);
    long ex = Math.round((X0 - env.getMinX()) / env.getWidth() * 4096);
    long ey = Math.round((env.getMaxY() - Y0) / env.getHeight() * 4096);
    var p = t.layers().get("t_pois").byKey().get("0").geometry().getCoordinate();
    assertThat(p.x).isEqualTo(ex);
    assertThat(p.y).isEqualTo(ey);
    // The ring keeps its hole, decoded as such by the MVT 2.1 winding rules, in a tile that holds
    // all of it.
    TileMatrix m11 = set.matrix("11").orElseThrow();
    long[] r11 = tileAt(set, m11, X0 + 0.003, Y0 + 0.003);
    assertThat(
            m11.tileEnvelope(r11[0], r11[1])
                .contains(
                    new org.locationtech.jts.geom.Envelope(
                        X0 - 0.002, X0 + 0.008, Y0 - 0.002, Y0 + 0.008)))
        .isTrue();
    Geometry ring =
        DecodedTile.decode(tiles.encode(layers(store), set, m11, r11[0], r11[1], Optional.empty()))
            .layers()
            .get("t_buildings")
            .byKey()
            .get("ring")
            .geometry();
    assertThat(ring.getGeometryType()).isEqualTo("Polygon");
    assertThat(((org.locationtech.jts.geom.Polygon) ring).getNumInteriorRing()).isEqualTo(1);
    // Clipped to the buffer: nothing beyond 64 units outside the tile.
    for (var layer : t.layers().values()) {
      for (var f : layer.features()) {
        var e = f.geometry().getEnvelopeInternal();
        assertThat(e.getMinX()).isGreaterThanOrEqualTo(-64);
        assertThat(e.getMaxX()).isLessThanOrEqualTo(4096 + 64);
        assertThat(e.getMinY()).isGreaterThanOrEqualTo(-64);
        assertThat(e.getMaxY()).isLessThanOrEqualTo(4096 + 64);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void emptyTilesAreValidAndDenseOnesAreRefused(Backend backend) {
    FeatureStore store = (backend == Backend.H2GIS ? h2 : pg).store();
    TileMatrixSet set = SETS.webMercatorQuad();
    TileMatrix m = set.matrix("10").orElseThrow();
    byte[] empty =
        new VectorTileEncoder(store, MvtSettings.defaults())
            .encode(layers(store), set, m, 350, 530, Optional.empty());
    assertThat(empty).isEmpty();
    assertThat(DecodedTile.decode(empty).layers()).isEmpty();
    long[] rc = tileAt(set, m, X0, Y0);
    var tight = new VectorTileEncoder(store, MvtSettings.defaults().withMaxFeatures(10));
    assertThatThrownBy(() -> tight.encode(layers(store), set, m, rc[0], rc[1], Optional.empty()))
        .isInstanceOf(FeatureLimitException.class)
        .hasMessageContaining("t_buildings");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void pastDateTilesShowTheStateBeforeAnEdit(Backend backend) throws Exception {
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      fill(store);
      var tiles =
          new VectorTiles(
              new Tilesets(store), SETS, new VectorTileEncoder(store, MvtSettings.defaults()));
      TileMatrixSet set = SETS.c();
      long[] rc = tileAt(set, set.matrix("16").orElseThrow(), X0, Y0);
      TileKey key = TileKey.of("t_buildings", "c", "16", rc[0], rc[1], TileFormat.MVT);
      DecodedTile before = DecodedTile.decode(tiles.tile(key).bytes());
      Thread.sleep(5);
      Instant beforeEdit = Instant.now();
      Thread.sleep(5);
      store.apply(
          "t_buildings",
          List.of(
              FeatureEdit.update(
                  "b-0-1", round(X0 + 0.0002, Y0 + 0.0011, 0.0003, 12), Map.of("name", "新楼"))),
          EditContext.by("test"));
      DecodedTile now = DecodedTile.decode(tiles.tile(key).bytes());
      DecodedTile past =
          DecodedTile.decode(tiles.tile(key.withTime(Optional.of(beforeEdit))).bytes());
      var b = before.layers().get("t_buildings").byKey();
      assertThat(now.layers().get("t_buildings").byKey().get("b-0-1").values())
          .containsEntry("name", "新楼");
      var p = past.layers().get("t_buildings").byKey();
      assertThat(p.keySet()).isEqualTo(b.keySet());
      for (String k : b.keySet()) {
        assertThat(p.get(k).values()).isEqualTo(b.get(k).values());
        assertThat(p.get(k).geometry().equalsExact(b.get(k).geometry())).as(k).isTrue();
      }
      assertThat(p.get("b-0-1").values()).containsEntry("name", "楼1");
    }
  }

  @Test
  void basemapHoldsEveryBaseLayerAndLabelsOrOtherStylesAreUnknown() {
    FeatureStore store = h2.store();
    var tiles =
        new VectorTiles(
            new Tilesets(store), SETS, new VectorTileEncoder(store, MvtSettings.defaults()));
    TileMatrixSet set = SETS.webMercatorQuad();
    long[] rc = tileAt(set, set.matrix("15").orElseThrow(), X0, Y0);
    var tile =
        tiles.tile(TileKey.of("basemap", "WebMercatorQuad", "15", rc[0], rc[1], TileFormat.MVT));
    assertThat(tile.format()).isEqualTo(TileFormat.MVT);
    assertThat(tile.etag()).startsWith("\"");
    assertThat(DecodedTile.decode(tile.bytes()).layers().keySet())
        .containsExactlyInAnyOrder("t_buildings", "t_roads", "t_pois");
    for (TileKey bad :
        List.of(
            TileKey.of("basemap_labels", "WebMercatorQuad", "15", rc[0], rc[1], TileFormat.MVT),
            TileKey.of("nope", "WebMercatorQuad", "15", rc[0], rc[1], TileFormat.MVT),
            TileKey.of("t_roads", "WebMercatorQuad", "15", rc[0], rc[1], TileFormat.PNG),
            TileKey.of("t_roads", "WebMercatorQuad", "31", rc[0], rc[1], TileFormat.MVT),
            TileKey.of("t_roads", "WebMercatorQuad", "15", -1, rc[1], TileFormat.MVT),
            new TileKey(
                "t_roads",
                "fancy",
                "WebMercatorQuad",
                "15",
                rc[0],
                rc[1],
                TileFormat.MVT,
                Optional.empty()))) {
      assertThatThrownBy(() -> tiles.tile(bad))
          .as(bad.toString())
          .isInstanceOf(TileNotFoundException.class);
    }
  }

  @Test
  void oneSourceAndOneCacheServeRasterAndVectorTiles() throws Exception {
    FeatureStore store = h2.store();
    var tilesets = new Tilesets(store);
    var both =
        new RasterAndVectorTiles(
            new cn.onemap.tiles.tile.RasterTiles(
                store, tilesets, cn.onemap.tiles.tile.StyleLookup.defaults()),
            new VectorTiles(tilesets, SETS, new VectorTileEncoder(store, MvtSettings.defaults())));
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("onemap-mvt-cache-");
    var cached =
        new cn.onemap.tiles.cache.CachedTiles(
            both, new cn.onemap.tiles.cache.TileCache(dir, 1 << 24, 1 << 26));
    TileMatrixSet set = SETS.c();
    long[] rc = tileAt(set, set.matrix("16").orElseThrow(), X0, Y0);
    TileKey mvt = TileKey.of("t_roads", "c", "16", rc[0], rc[1], TileFormat.MVT);
    TileKey png = mvt.withFormat(TileFormat.PNG);
    assertThat(both.metatile(mvt).count()).isEqualTo(1);
    assertThat(both.metatile(png).count()).isEqualTo(16);
    var vector = cached.tile(mvt);
    assertThat(DecodedTile.decode(vector.bytes()).layers()).containsOnlyKeys("t_roads");
    assertThat(cached.tile(mvt).etag()).isEqualTo(vector.etag());
    byte[] image = cached.tile(png).bytes();
    assertThat(java.util.Arrays.copyOf(image, 4)).containsExactly(0x89, 'P', 'N', 'G');
  }
}
