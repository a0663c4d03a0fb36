package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.style.Cjj61Colors;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Map CRSs other than storage, default pipeline styles, and the render limits. */
class ReprojectionAndLimitsTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static LayerDefinition points;
  static LayerDefinition pipes;
  static MapRenderer renderer;
  static final UserStyle RED_SQUARE =
      UserStyle.of(
          "red",
          Rule.of(
              "r",
              new PointSymbolizer(
                  Graphic.of(Mark.of(WellKnownMark.SQUARE, Fill.of(Color.RED), null), 6))));

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    renderer = new MapRenderer(store);
    points = TestLayers.create(store, "pts", LayerKind.THEMATIC, GeometryType.POINT, "kind");
    insert(store, "pts", "POINT (116.1 24.3)", "kind", "a");
    insert(store, "pts", pixel(20, 20), "kind", "b");
    pipes =
        TestLayers.create(
            store, "pipe_segments", LayerKind.PIPELINE, GeometryType.LINESTRING, "category");
    String[] cats = {"JS", "PS", "RQ", "DL", "TX", "RL", "GY", "QT"};
    for (int i = 0; i < cats.length; i++) {
      double y = TestLayers.lat(20 + 20 * i);
      insert(
          store,
          "pipe_segments",
          "LINESTRING ("
              + TestLayers.lon(20)
              + " "
              + y
              + ", "
              + TestLayers.lon(180)
              + " "
              + y
              + ")",
          "category",
          cats[i]);
    }
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  @Test
  void rendersInGaussKrugerWhereTransformsSays() {
    double[] en = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.1, 24.3);
    // a 2 km square view with the point 500 m east and 300 m north of the lower-left corner
    Envelope bbox = new Envelope(en[0] - 500, en[0] + 1500, en[1] - 300, en[1] + 1700);
    BufferedImage img =
        renderer.render(
            RenderRequest.of(200, 200, bbox, List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:4548"));
    // 10 m per pixel: x = 50, y = 200 - 30 = 170
    assertThat(new Color(img.getRGB(50, 170))).isEqualTo(Color.RED);
    assertThat(new Color(img.getRGB(60, 170))).isEqualTo(Color.WHITE);
    assertThat(ScaleDenominator.of(bbox, 200, "EPSG:4548")).isCloseTo(2000 / 0.056, within(1e-6));
  }

  @Test
  void rendersInWebMercator() {
    double[] xy = Transforms.get("EPSG:4490", "EPSG:3857").transform(116.1, 24.3);
    Envelope bbox = new Envelope(xy[0] - 1000, xy[0] + 1000, xy[1] - 1000, xy[1] + 1000);
    BufferedImage img =
        renderer.render(
            RenderRequest.of(100, 100, bbox, List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:3857"));
    assertThat(new Color(img.getRGB(50, 50))).isEqualTo(Color.RED);
  }

  @Test
  void wholeWorldWebMercatorIsClippedToTheStorageDomain() {
    double half = 20037508.342789244; // the whole EPSG:3857 square, far beyond CGCS2000's China
    Envelope world = new Envelope(-half, half, -half, half);
    BufferedImage img =
        renderer.render(
            RenderRequest.of(512, 512, world, List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:3857"));
    double[] xy = Transforms.get("EPSG:4490", "EPSG:3857").transform(116.1, 24.3);
    int px = (int) ((xy[0] + half) / (2 * half) * 512);
    int py = (int) ((half - xy[1]) / (2 * half) * 512);
    assertThat(new Color(img.getRGB(px, py))).as("the point at %d,%d", px, py).isEqualTo(Color.RED);
    assertThat(new Color(img.getRGB(100, 100))).isEqualTo(Color.WHITE);
    // whole-world CRS:84-style bbox in EPSG:4326 too
    BufferedImage lonLat =
        renderer.render(
            RenderRequest.of(
                    720,
                    360,
                    new Envelope(-180, 180, -90, 90),
                    List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:4326"));
    assertThat(new Color(lonLat.getRGB(592, 131)))
        .isEqualTo(Color.RED); // (116.1+180)*2, (90-24.3)*2
  }

  @Test
  void viewOutsideTheStorageDomainIsBlank() {
    // the South Atlantic in Web Mercator: no part of it can hold CGCS2000 data
    Envelope atlantic = new Envelope(-3_000_000, -1_000_000, -4_000_000, -2_000_000);
    BufferedImage img =
        renderer.render(
            RenderRequest.of(64, 64, atlantic, List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:3857")
                .withTransparent(true));
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        assertThat(img.getRGB(x, y) >>> 24).isZero();
      }
    }
  }

  @Test
  void gaussKrugerViewReachingOutsideItsZoneStillDraws() {
    double[] en = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.1, 24.3);
    // 4,000 km wide: its western half lies far beyond zone 117°E's area of use
    Envelope wide = new Envelope(en[0] - 3_000_000, en[0] + 1_000_000, en[1] - 2e6, en[1] + 2e6);
    BufferedImage img =
        renderer.render(
            RenderRequest.of(400, 400, wide, List.of(LayerRender.of(points, RED_SQUARE)))
                .withCrs("EPSG:4548"));
    assertThat(new Color(img.getRGB(300, 200))).isEqualTo(Color.RED); // 10 km per pixel
  }

  @Test
  void pipelinesInCjj61Colours() {
    BufferedImage img =
        renderer.render(
            RenderRequest.of(
                200, 200, VIEW, List.of(LayerRender.of(pipes, DefaultStyles.forLayer(pipes)))));
    GoldenImage.assertMatches("pipelines-default", img);
    Color[] expected = {
      Cjj61Colors.JS, Cjj61Colors.PS, Cjj61Colors.RQ, Cjj61Colors.DL,
      Cjj61Colors.TX, Cjj61Colors.RL, Cjj61Colors.GY, Cjj61Colors.OTHER
    };
    for (int i = 0; i < expected.length; i++) {
      assertThat(new Color(img.getRGB(100, 20 + 20 * i))).as("row %d", i).isEqualTo(expected[i]);
    }
  }

  @Test
  void featureLimitPerLayer() {
    RenderRequest r =
        RenderRequest.of(200, 200, VIEW, List.of(LayerRender.of(points, RED_SQUARE)))
            .withLimits(RenderLimits.DEFAULT.withMaxFeaturesPerLayer(1));
    assertThatThrownBy(() -> renderer.render(r))
        .isInstanceOfSatisfying(
            RenderLimitException.class, e -> assertThat(e.code()).isEqualTo("RENDER_LIMIT"))
        .hasMessageContaining("more than 1 features");
  }

  @Test
  void timeBudget() {
    RenderRequest r =
        RenderRequest.of(200, 200, VIEW, List.of(LayerRender.of(points, RED_SQUARE)))
            .withLimits(RenderLimits.DEFAULT.withTimeBudget(Duration.ofNanos(1)));
    assertThatThrownBy(() -> renderer.render(r))
        .isInstanceOfSatisfying(
            RenderTimeoutException.class, e -> assertThat(e.code()).isEqualTo("RENDER_TIMEOUT"));
  }

  @Test
  void imageSizeLimit() {
    assertThatThrownBy(() -> RenderRequest.of(4097, 10, VIEW, List.of()))
        .isInstanceOf(RenderLimitException.class)
        .hasMessageContaining("4097x10");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
