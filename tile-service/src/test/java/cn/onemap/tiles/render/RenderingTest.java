package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.UserStyle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Golden images and known pixels for geometry symbolizers, on the real H2GIS store. */
class RenderingTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static LayerDefinition points;
  static LayerDefinition lines;
  static LayerDefinition polygons;
  static MapRenderer renderer;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    renderer = new MapRenderer(store);
    points =
        TestLayers.create(
            store, "pts", LayerKind.THEMATIC, GeometryType.POINT, "kind", "rank:INTEGER");
    insert(store, "pts", pixel(50, 50), "kind", "a", "rank", 1);
    insert(store, "pts", pixel(150, 50), "kind", "b", "rank", 3);
    insert(store, "pts", pixel(100, 150), "kind", "c", "rank", 1);
    insert(store, "pts", pixel(150, 150), "kind", "b", "rank", 1); // b but rank < 2: else rule
    lines = TestLayers.create(store, "lines", LayerKind.THEMATIC, GeometryType.LINESTRING, "kind");
    insert(
        store,
        "lines",
        "LINESTRING ("
            + TestLayers.lon(20)
            + " "
            + TestLayers.lat(100)
            + ", "
            + TestLayers.lon(180)
            + " "
            + TestLayers.lat(100)
            + ")",
        "kind",
        "x");
    polygons = TestLayers.create(store, "polys", LayerKind.THEMATIC, GeometryType.POLYGON, "kind");
    double x0 = TestLayers.lon(40);
    double x1 = TestLayers.lon(160);
    double y0 = TestLayers.lat(160);
    double y1 = TestLayers.lat(40);
    insert(
        store,
        "polys",
        "POLYGON (("
            + x0
            + " "
            + y0
            + ", "
            + x1
            + " "
            + y0
            + ", "
            + x1
            + " "
            + y1
            + ", "
            + x0
            + " "
            + y1
            + ", "
            + x0
            + " "
            + y0
            + "))",
        "kind",
        "p");
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static BufferedImage render(LayerRender... layers) {
    return renderer.render(RenderRequest.of(200, 200, VIEW, List.of(layers)));
  }

  static Color at(BufferedImage img, int x, int y) {
    return new Color(img.getRGB(x, y), true);
  }

  @Test
  void pointMarksByRuleFromSld() {
    BufferedImage img = render(LayerRender.of(points, TestStyles.load("rule-points.sld")));
    GoldenImage.assertMatches("point-marks", img);
    assertThat(at(img, 50, 50)).isEqualTo(Color.RED);
    assertThat(at(img, 150, 52)).isEqualTo(Color.BLUE); // star centre
    assertThat(at(img, 100, 152)).isEqualTo(new Color(0x00A000)); // else: triangle
    assertThat(at(img, 150, 152)).isEqualTo(new Color(0x00A000)); // b with rank 1 → else
    assertThat(at(img, 5, 195)).isEqualTo(Color.WHITE);
  }

  @Test
  void dashedLine() {
    BufferedImage img = render(LayerRender.of(lines, TestStyles.load("dashed-line.sld")));
    GoldenImage.assertMatches("line-dashed", img);
    // dash 10 on, 5 off from x = 20: 20..30 drawn, 30..35 gap
    assertThat(at(img, 25, 100)).isEqualTo(Color.BLACK);
    assertThat(at(img, 32, 100)).isEqualTo(Color.WHITE);
    assertThat(at(img, 40, 100)).isEqualTo(Color.BLACK);
    assertThat(at(img, 25, 110)).isEqualTo(Color.WHITE);
  }

  @Test
  void polygonFillAndOutline() {
    UserStyle style =
        UserStyle.of(
            "poly",
            Rule.of("p", PolygonSymbolizer.of(Fill.of(Color.YELLOW), Stroke.of(Color.BLUE, 2))));
    BufferedImage img = render(LayerRender.of(polygons, style));
    GoldenImage.assertMatches("polygon-fill-outline", img);
    assertThat(at(img, 100, 100)).isEqualTo(Color.YELLOW);
    assertThat(at(img, 40, 100)).isEqualTo(Color.BLUE);
    assertThat(at(img, 20, 100)).isEqualTo(Color.WHITE);
  }

  @Test
  void transparentBackgroundAndLayerOrder() {
    UserStyle fill =
        UserStyle.of("poly", Rule.of("p", PolygonSymbolizer.of(Fill.of(Color.YELLOW), null)));
    BufferedImage img =
        renderer.render(
            RenderRequest.of(
                    200,
                    200,
                    VIEW,
                    List.of(
                        LayerRender.of(polygons, fill),
                        LayerRender.of(points, TestStyles.load("rule-points.sld"))))
                .withTransparent(true));
    assertThat(img.getRGB(5, 195) >>> 24).isZero();
    assertThat(at(img, 100, 100)).isEqualTo(Color.YELLOW);
    assertThat(at(img, 50, 50)).isEqualTo(Color.RED); // points drawn over the polygon
  }

  @Test
  void scaleDependentRules() {
    var style = TestStyles.load("scale-rules.sld");
    // the standard view: 0.02° on 200 px ≈ 1:39,757 → the "far" rule (blue circle)
    BufferedImage far = render(LayerRender.of(points, style));
    GoldenImage.assertMatches("scale-far", far);
    assertThat(at(far, 50, 50)).isEqualTo(Color.BLUE);
    assertThat(at(far, 57, 50)).isEqualTo(Color.WHITE); // circle of 8 px, not the 20 px square
    // zoomed in ten times around (50,50): ≈ 1:3,976 → the "near" rule (red square)
    Envelope near =
        new Envelope(
            TestLayers.lon(45), TestLayers.lon(55), TestLayers.lat(55), TestLayers.lat(45));
    BufferedImage zoomed =
        renderer.render(RenderRequest.of(200, 200, near, List.of(LayerRender.of(points, style))));
    GoldenImage.assertMatches("scale-near", zoomed);
    assertThat(at(zoomed, 100, 100)).isEqualTo(Color.RED);
    assertThat(at(zoomed, 108, 108)).isEqualTo(Color.RED);
    assertThat(ScaleDenominator.of(VIEW, 200, "EPSG:4490")).isCloseTo(39_756.9, within(1));
  }

  @Test
  void requestFilterIsSentToTheStore() {
    LayerRender onlyA =
        new LayerRender(
            points,
            TestStyles.load("rule-points.sld"),
            Optional.of(Filters.parseEcql("kind = 'a'")),
            Optional.empty());
    BufferedImage img = render(onlyA);
    assertThat(at(img, 50, 50)).isEqualTo(Color.RED);
    assertThat(at(img, 100, 152)).isEqualTo(Color.WHITE);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
