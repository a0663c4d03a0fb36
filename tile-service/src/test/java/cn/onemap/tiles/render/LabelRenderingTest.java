package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.lat;
import static cn.onemap.tiles.render.TestLayers.lon;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.LabelFont;
import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chinese labels: halos, collision avoidance, line-following street names. */
class LabelRenderingTest {
  static StoreFixture fixture;
  static FeatureStore store;
  static LayerDefinition places;
  static LayerDefinition roads;
  static MapRenderer renderer;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    store = fixture.store();
    renderer = new MapRenderer(store);
    places = TestLayers.create(store, "places", LayerKind.THEMATIC, GeometryType.POINT, "name");
    insert(store, "places", pixel(60, 60), "name", "梅江区");
    insert(store, "places", pixel(66, 63), "name", "梅县区"); // overlaps 梅江区's label
    insert(store, "places", pixel(140, 150), "name", "兴宁市");
    roads = TestLayers.create(store, "roads", LayerKind.BASE, GeometryType.LINESTRING, "name");
    // a gently bending street across the view, drawn right to left (label must still read L→R)
    insert(
        store,
        "roads",
        "LINESTRING ("
            + lon(185)
            + " "
            + lat(120)
            + ", "
            + lon(100)
            + " "
            + lat(100)
            + ", "
            + lon(15)
            + " "
            + lat(120)
            + ")",
        "name",
        "梅州大道");
    // a 12 px stub with a long name: too short for its label
    insert(
        store,
        "roads",
        "LINESTRING (" + lon(30) + " " + lat(180) + ", " + lon(42) + " " + lat(180) + ")",
        "name",
        "很长很长的道路名称");
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  private static BufferedImage render(LayerRender... layers) {
    return renderer.render(RenderRequest.of(200, 200, VIEW, List.of(layers)));
  }

  private static long count(BufferedImage img, Rectangle r, Color c) {
    long n = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        Color p = new Color(img.getRGB(x, y));
        // within 48 per channel: antialiased glyph interiors are rarely the exact colour
        if (Math.abs(p.getRed() - c.getRed()) <= 48
            && Math.abs(p.getGreen() - c.getGreen()) <= 48
            && Math.abs(p.getBlue() - c.getBlue()) <= 48) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void chineseLabelsWithHaloAndCollisionAvoidance() {
    assertThat(Fonts.cjkFamily()).as("a CJK font (fonts-noto-cjk)").isPresent();
    UserStyle style = TestStyles.load("text-halo.sld");
    BufferedImage all = render(LayerRender.of(places, style));
    GoldenImage.assertMatches("labels-cjk-halo", all);
    // label above 梅江区's point (anchor bottom-centre, 4 px up): black glyphs and yellow halo
    Rectangle above = new Rectangle(35, 36, 50, 22);
    assertThat(count(all, above, Color.BLACK)).isGreaterThan(40);
    assertThat(count(all, above, Color.YELLOW)).isGreaterThan(40);
    assertThat(count(all, new Rectangle(115, 126, 50, 22), Color.BLACK)).isGreaterThan(40);

    // 梅县区 collides with 梅江区 (placed first, stream order): the map equals one without it,
    // except for 梅县区's own point mark
    LayerRender withoutMeixian =
        new LayerRender(
            places, style, Optional.of(Filters.parseEcql("name <> '梅县区'")), Optional.empty());
    BufferedImage without = render(withoutMeixian);
    int differing = 0;
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        if (all.getRGB(x, y) != without.getRGB(x, y)) {
          differing++;
          assertThat(Math.abs(x - 66)).isLessThanOrEqualTo(3);
          assertThat(Math.abs(y - 63)).isLessThanOrEqualTo(3);
        }
      }
    }
    assertThat(differing).as("only the 4 px mark of 梅县区 differs").isBetween(1, 49);
  }

  @Test
  void streetNamesFollowTheLineAndSkipShortLines() {
    BufferedImage img = render(LayerRender.of(roads, DefaultStyles.forLayer(roads)));
    GoldenImage.assertMatches("labels-line-following", img);
    Color text = new Color(0x333333);
    // the label sits on the middle of the street (around x = 100, y ≈ 100)
    assertThat(count(img, new Rectangle(70, 90, 60, 20), text)).isGreaterThan(30);
    // no glyphs near the stub, whose name is longer than the line
    assertThat(count(img, new Rectangle(0, 165, 80, 35), text)).isZero();
    // road centre line grey, casing white over a white background
    assertThat(new Color(img.getRGB(15, 120))).isNotEqualTo(Color.WHITE);
  }

  @Test
  void straightLabelsAlongLinesWithoutFollow() {
    UserStyle style =
        UserStyle.of(
            "straight",
            Rule.of(
                "n",
                new TextSymbolizer(
                    "name",
                    LabelFont.of(12),
                    Fill.of(Color.RED),
                    Optional.empty(),
                    new LabelPlacement.Line(0, false))));
    BufferedImage img = render(LayerRender.of(roads, style));
    assertThat(count(img, new Rectangle(60, 85, 80, 35), Color.RED)).isGreaterThan(20);
  }

  @Test
  void labelBufferLetsNeighbouringTilesEachDrawTheirPartOfALabel() {
    StoreFixture own = StoreFixture.open(Backend.H2GIS);
    try {
      MapRenderer r = new MapRenderer(own.store());
      LayerDefinition towns =
          TestLayers.create(own.store(), "towns", LayerKind.THEMATIC, GeometryType.POINT, "name");
      insert(own.store(), "towns", pixel(103, 100), "name", "梅州市梅江区"); // 3 px right of x = 100
      UserStyle style =
          UserStyle.of(
              "names",
              Rule.of(
                  "n",
                  new TextSymbolizer(
                      "name",
                      LabelFont.of(14),
                      Fill.of(Color.BLACK),
                      Optional.empty(),
                      LabelPlacement.Point.CENTRED)));
      List<LayerRender> layers = List.of(LayerRender.of(towns, style));
      BufferedImage whole = r.render(RenderRequest.of(200, 200, VIEW, layers));
      // the view split into two 100 px tiles at x = 100
      org.locationtech.jts.geom.Envelope leftBox =
          new org.locationtech.jts.geom.Envelope(lon(0), lon(100), lat(200), lat(0));
      org.locationtech.jts.geom.Envelope rightBox =
          new org.locationtech.jts.geom.Envelope(lon(100), lon(200), lat(200), lat(0));
      Rectangle leftEdge = new Rectangle(60, 85, 40, 30);
      assertThat(count(whole, leftEdge, Color.BLACK)).as("the label crosses x = 100").isPositive();

      BufferedImage unbuffered = r.render(RenderRequest.of(100, 200, leftBox, layers));
      assertThat(count(unbuffered, leftEdge, Color.BLACK))
          .as("without a buffer the left tile misses the label of its neighbour's feature")
          .isZero();

      BufferedImage left =
          r.render(RenderRequest.of(100, 200, leftBox, layers).withLabelBuffer(64));
      BufferedImage right =
          r.render(RenderRequest.of(100, 200, rightBox, layers).withLabelBuffer(64));
      int differing = 0;
      for (int y = 0; y < 200; y++) {
        for (int x = 0; x < 200; x++) {
          int tile = x < 100 ? left.getRGB(x, y) : right.getRGB(x - 100, y);
          if (MarkSpriteTest.premultipliedDiff(tile, whole.getRGB(x, y)) > 24) {
            differing++;
          }
        }
      }
      assertThat(count(left, leftEdge, Color.BLACK)).isPositive();
      assertThat(differing).as("the two tiles side by side show the whole label").isZero();
    } finally {
      own.close();
    }
  }

  @Test
  void labelPropertyMustExist() {
    UserStyle style =
        UserStyle.of(
            "bad",
            Rule.of(
                "n",
                new TextSymbolizer(
                    "nosuch",
                    LabelFont.of(12),
                    Fill.of(Color.RED),
                    Optional.empty(),
                    LabelPlacement.Point.CENTRED)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(LayerRender.of(places, style)))
        .isInstanceOf(TilesException.class)
        .hasMessageContaining("nosuch");
  }
}
