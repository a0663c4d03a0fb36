package cn.onemap.tiles.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.ProgressListener;
import cn.onemap.sample.SampleCity;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Raster tiles of the small sample city on H2GIS. */
class RasterTilesTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static Tilesets tilesets;
  static RasterTiles tiles;
  static Coordinate centre;

  @BeforeAll
  static void city() throws Exception {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    Path bureau = Files.createTempDirectory("bureau");
    SampleCity.generate(CitySize.SMALL, store, bureau, ProgressListener.none());
    tilesets = new Tilesets(store);
    tiles = new RasterTiles(store, tilesets, StyleLookup.defaults());
    centre = store.extent("roads").orElseThrow().centre();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static TileKey at(String tileset, String tms, int level, TileFormat format) {
    TileMatrix m = TileMatrixSets.standard().find(tms).orElseThrow().matrices().get(level);
    double x = centre.x;
    double y = centre.y;
    if (!tms.equals("c") && !tms.equals("WorldCRS84Quad")) {
      String crs = TileMatrixSets.standard().find(tms).orElseThrow().crs();
      double[] p = cn.onemap.core.crs.Transforms.get("EPSG:4490", crs).transform(x, y);
      x = p[0];
      y = p[1];
    }
    TileRange t = m.tileAt(x, y);
    return TileKey.of(tileset, tms, m.identifier(), t.minRow(), t.minCol(), format);
  }

  static BufferedImage decode(Tile t) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(t.bytes()));
  }

  @Test
  void tilesetsHoldTheBaseMapItsLabelsAndEveryLayer() {
    Tileset base = tilesets.find(Tilesets.BASEMAP).orElseThrow();
    assertThat(base.layers())
        .extracting(l -> l.id())
        .containsExactly(
            "water", "buildings", "roads", "admin_communities", "admin_districts", "admin_towns");
    assertThat(base.isPublic()).isTrue();
    assertThat(tilesets.find(Tilesets.BASEMAP_LABELS).orElseThrow().kind())
        .isEqualTo(Tileset.Kind.LABELS);
    assertThat(tilesets.find("roads").orElseThrow().kind()).isEqualTo(Tileset.Kind.LAYER);
    Tileset imagery = tilesets.find(Tilesets.BASEMAP_IMAGERY).orElseThrow();
    assertThat(imagery.kind()).isEqualTo(Tileset.Kind.IMAGERY);
    assertThat(imagery.layers()).isEqualTo(base.layers());
    assertThat(tilesets.all()).hasSize(store.layers().size() + 3);
    assertThat(tilesets.containing("roads")).extracting(Tileset::id).contains("basemap_imagery");
    assertThat(tilesets.containing("roads")).extracting(Tileset::id).contains("roads", "basemap");
  }

  @Test
  void basemapIsOpaqueAndLabelsAreTransparentText() throws Exception {
    TileKey key = at(Tilesets.BASEMAP, "c", 15, TileFormat.PNG);
    BufferedImage base = decode(tiles.tile(key));
    assertThat(base.getWidth()).isEqualTo(256);
    assertThat(count(base, p -> (p >>> 24) != 0xff)).as("opaque").isZero();
    assertThat(count(base, p -> (p & 0xffffff) != 0xffffff)).isGreaterThan(256 * 256 / 20);

    BufferedImage labels = decode(tiles.tile(at(Tilesets.BASEMAP_LABELS, "c", 15, TileFormat.PNG)));
    long drawn = count(labels, p -> (p >>> 24) != 0);
    assertThat(drawn).as("some label pixels").isPositive();
    assertThat(drawn).as("mostly transparent").isLessThan(256 * 256 / 4);
  }

  @Test
  void imageryBaseMapIsTheSameCityDarkWithLightRoads() throws Exception {
    BufferedImage vector = decode(tiles.tile(at(Tilesets.BASEMAP, "c", 16, TileFormat.PNG)));
    BufferedImage imagery =
        decode(tiles.tile(at(Tilesets.BASEMAP_IMAGERY, "c", 16, TileFormat.PNG)));
    assertThat(count(imagery, p -> (p >>> 24) != 0xff)).as("opaque").isZero();
    double vectorLight = meanBrightness(vector);
    double imageryLight = meanBrightness(imagery);
    assertThat(imageryLight).as("dark ground").isLessThan(vectorLight * 0.6);
    // Roads stay light over the dark ground: some pixels are much brighter than the mean.
    assertThat(count(imagery, p -> brightness(p) > 0.7)).isGreaterThan(200);
    assertThat(count(imagery, p -> (p & 0xffffff) == 0xffffff)).as("no white paper").isLessThan(50);
  }

  private static double brightness(int argb) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return Math.max(r, Math.max(g, b)) / 255.0;
  }

  private static double meanBrightness(BufferedImage img) {
    double sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        sum += brightness(img.getRGB(x, y));
      }
    }
    return sum / (img.getWidth() * img.getHeight());
  }

  @Test
  void aTileNeverShowsTheClassesOfARestrictedAttribute() throws Exception {
    TileKey key = at("city_parts", "c", 16, TileFormat.PNG);
    BufferedImage classified = decode(tiles.tile(key));
    long coloured = count(classified, RasterTilesTest::saturated);
    assertThat(coloured).as("parts coloured by their class").isGreaterThan(100);
    store.setAttributeReadRole("city_parts", "major_code", "ADMIN");
    tilesets.refresh();
    try {
      BufferedImage shared = decode(tiles.tile(key));
      assertThat(count(shared, p -> (p >>> 24) > 200)).as("the parts are still drawn").isPositive();
      assertThat(count(shared, RasterTilesTest::saturated)).as("no class colours").isZero();
    } finally {
      store.setAttributeReadRole("city_parts", "major_code", null);
      tilesets.refresh();
    }
    assertThat(count(decode(tiles.tile(key)), RasterTilesTest::saturated)).isEqualTo(coloured);
  }

  /** An opaque pixel of a clear colour, not a grey. */
  private static boolean saturated(int argb) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return (argb >>> 24) > 200 && Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
  }

  @Test
  void metatileRendersItsBlockOnceAndIsClippedAtTheMatrixEdge() throws Exception {
    TileKey key = at(Tilesets.BASEMAP, "w", 14, TileFormat.PNG);
    Map<TileKey, Tile> block = tiles.renderMetatile(key);
    assertThat(block).hasSize(16).containsKey(key);
    TileRange r = tiles.metatile(key);
    assertThat(r.minRow() % 4).isZero();
    assertThat(r.count()).isEqualTo(16);
    // level 1 of c is 2×1 tiles: the metatile is clipped to that
    TileKey top = TileKey.of(Tilesets.BASEMAP, "c", "1", 0, 1, TileFormat.PNG);
    assertThat(tiles.renderMetatile(top)).hasSize(2);
    assertThat(tiles.metatile(top)).isEqualTo(new TileRange(0, 0, 0, 1));
  }

  @Test
  void everyFormatAndSetEncodes() throws Exception {
    for (String tms : new String[] {"c", "w", "WorldCRS84Quad", "WebMercatorQuad"}) {
      Tile png8 = tiles.tile(at("roads", tms, 14, TileFormat.PNG8));
      assertThat(decode(png8).getColorModel().getPixelSize()).isLessThanOrEqualTo(8);
      BufferedImage jpg = decode(tiles.tile(at("roads", tms, 14, TileFormat.JPEG)));
      assertThat(jpg.getWidth()).isEqualTo(256);
      BufferedImage png = decode(tiles.tile(at("roads", tms, 14, TileFormat.PNG)));
      assertThat(count(png, p -> (p >>> 24) != 0)).as(tms + " roads drawn").isPositive();
    }
    TileMatrix gk = TileMatrixSets.standard().meizhouGk().matrices().get(0);
    double[] p =
        cn.onemap.core.crs.Transforms.get("EPSG:4490", "EPSG:4548").transform(centre.x, centre.y);
    TileRange t = gk.tileAt(p[0], p[1]);
    Tile g =
        tiles.tile(TileKey.of("roads", "MeizhouGK", "0", t.minRow(), t.minCol(), TileFormat.PNG));
    assertThat(count(decode(g), px -> (px >>> 24) != 0)).isPositive();
  }

  @Test
  void aPastDateShowsTheCityAsItWasThen() throws Exception {
    TileKey now = at(Tilesets.BASEMAP, "c", 15, TileFormat.PNG);
    TileKey before = now.withTime(Optional.of(Instant.parse("2000-01-01T00:00:00Z")));
    BufferedImage then = decode(tiles.tile(before));
    assertThat(count(then, p -> (p & 0xffffff) != 0xffffff)).as("nothing existed").isZero();
    assertThat(tiles.tile(now).etag()).isNotEqualTo(tiles.tile(before).etag());
  }

  @Test
  void unknownPartsNameTheirLocator() {
    TileKey ok = at("roads", "c", 15, TileFormat.PNG);
    assertThatThrownBy(() -> tiles.tile(TileKey.of("nope", "c", "15", 0, 0, TileFormat.PNG)))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.locator()).isEqualTo("layer"));
    assertThatThrownBy(
            () ->
                tiles.tile(
                    new TileKey(
                        "roads",
                        "fancy",
                        "c",
                        ok.tileMatrix(),
                        ok.row(),
                        ok.col(),
                        TileFormat.PNG,
                        Optional.empty())))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.locator()).isEqualTo("style"));
    assertThatThrownBy(() -> tiles.tile(TileKey.of("roads", "x", "1", 0, 0, TileFormat.PNG)))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.locator()).isEqualTo("tilematrixset"));
    assertThatThrownBy(() -> tiles.tile(TileKey.of("roads", "c", "0", 0, 0, TileFormat.PNG)))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.locator()).isEqualTo("tilematrix"));
    assertThatThrownBy(() -> tiles.tile(TileKey.of("roads", "c", "1", 1, 0, TileFormat.PNG)))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.outOfRange()).isTrue());
    assertThatThrownBy(() -> tiles.tile(TileKey.of("roads", "c", "1", 0, 0, TileFormat.MVT)))
        .isInstanceOfSatisfying(
            TileNotFoundException.class, e -> assertThat(e.locator()).isEqualTo("format"));
  }

  static long count(BufferedImage img, java.util.function.IntPredicate p) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (p.test(img.getRGB(x, y))) {
          n++;
        }
      }
    }
    return n;
  }
}
