package cn.onemap.tiles.render;

import static cn.onemap.tiles.render.TestLayers.VIEW;
import static cn.onemap.tiles.render.TestLayers.insert;
import static cn.onemap.tiles.render.TestLayers.lat;
import static cn.onemap.tiles.render.TestLayers.lon;
import static cn.onemap.tiles.render.TestLayers.pixel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.LabelFont;
import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.style.WellKnownMark;
import cn.onemap.tiles.thematic.Palettes;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same map at the standard 90.7 dpi (200×200 px) and at 300 dpi (661×661 px): every size a
 * style gives in pixels grows by 300 / 90.7 ≈ 3.31, and the rules selected are the same, as the
 * scale of the two pictures is the same. The standard view, with a 2 px black line across y = 100,
 * a 10 px red circle at (40, 40) and a 12 px label 梅州 at (100, 160):
 *
 * <pre>
 *   +------------------+
 *   |  o               |
 *   | ---------------- |  y = 100, x = 20 … 180
 *   |       梅州        |
 *   +------------------+
 * </pre>
 */
class DpiRenderTest {
  static final double RATIO = 300 / RenderRequest.STANDARD_DPI;
  static final int BIG = (int) Math.round(200 * RATIO);

  static StoreFixture fixture;
  static MapRenderer renderer;
  static List<LayerRender> layers;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    var store = fixture.store();
    renderer = new MapRenderer(store);
    LayerDefinition lines =
        TestLayers.create(store, "lines", LayerKind.THEMATIC, GeometryType.LINESTRING, "k");
    insert(
        store,
        "lines",
        "LINESTRING (" + lon(20) + " " + lat(100) + ", " + lon(180) + " " + lat(100) + ")",
        "k",
        "a");
    LayerDefinition marks =
        TestLayers.create(store, "marks", LayerKind.THEMATIC, GeometryType.POINT, "k");
    insert(store, "marks", pixel(40, 40), "k", "a");
    LayerDefinition names =
        TestLayers.create(store, "names", LayerKind.THEMATIC, GeometryType.POINT, "name");
    insert(store, "names", pixel(100, 160), "name", "梅州");

    // the line's rule applies only around the standard picture's scale: at 300 dpi the picture
    // has 3.3 times the pixels, and only a scale computed at the real dpi still selects it
    double scale = ScaleDenominator.of(VIEW, 200, RenderRequest.DEFAULT_CRS);
    Rule line =
        Rule.of("line", new LineSymbolizer(Stroke.of(Color.BLACK, 2)))
            .withScaleRange(0.9 * scale, 1.1 * scale);
    Rule circle =
        Rule.of(
            "circle",
            new PointSymbolizer(
                Graphic.of(
                    new Mark(
                        WellKnownMark.CIRCLE, Optional.of(Fill.of(Color.RED)), Optional.empty()),
                    10)));
    Rule label =
        Rule.of(
            "name",
            new TextSymbolizer(
                "name",
                LabelFont.of(12),
                Fill.of(Color.BLACK),
                Optional.empty(),
                LabelPlacement.Point.CENTRED));
    layers =
        List.of(
            LayerRender.of(lines, UserStyle.of("l", line)),
            LayerRender.of(marks, UserStyle.of("m", circle)),
            LayerRender.of(names, UserStyle.of("n", label)));
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static BufferedImage standard() {
    return renderer.render(RenderRequest.of(200, 200, VIEW, layers));
  }

  static BufferedImage at300() {
    return renderer.render(RenderRequest.of(BIG, BIG, VIEW, layers).withDpi(300));
  }

  /** Darkness (0–1) summed down column {@code x} between rows y0 and y1: a line's width. */
  static double darkWidth(BufferedImage img, int x, int y0, int y1) {
    double sum = 0;
    for (int y = y0; y < y1; y++) {
      Color c = new Color(img.getRGB(x, y));
      sum += 1 - (c.getRed() + c.getGreen() + c.getBlue()) / (3 * 255.0);
    }
    return sum;
  }

  /** Rows from the first to the last with a pixel darker than half inside {@code r}. */
  static int inkHeight(BufferedImage img, Rectangle r) {
    int top = -1;
    int bottom = -1;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        Color c = new Color(img.getRGB(x, y));
        if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 128) {
          top = top < 0 ? y : top;
          bottom = y;
          break;
        }
      }
    }
    return top < 0 ? 0 : bottom - top + 1;
  }

  /** Red pixels along row {@code y}. */
  static int redRun(BufferedImage img, int y, int x0, int x1) {
    int n = 0;
    for (int x = x0; x < x1; x++) {
      Color c = new Color(img.getRGB(x, y));
      if (c.getRed() > 200 && c.getGreen() < 128 && c.getBlue() < 128) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aTwoPixelLineIsTwoStandardPixelsWideAt300Dpi() {
    BufferedImage small = standard();
    BufferedImage big = at300();
    assertThat(big.getWidth()).isEqualTo(661);
    assertThat(darkWidth(small, 100, 80, 120)).isCloseTo(2, within(0.2));
    int x = (int) (100 * RATIO);
    assertThat(darkWidth(big, x, (int) (80 * RATIO), (int) (120 * RATIO)))
        .as("2 × 300 / 90.7 px")
        .isCloseTo(2 * RATIO, within(0.3));
  }

  @Test
  void labelsAndMarksGrowByTheSameRatio() {
    BufferedImage small = standard();
    BufferedImage big = at300();
    int h = inkHeight(small, new Rectangle(80, 140, 40, 40));
    int hBig = inkHeight(big, scaled(new Rectangle(80, 140, 40, 40)));
    assertThat(h).as("12 px glyphs").isBetween(8, 14);
    assertThat((double) hBig / h).isCloseTo(RATIO, within(0.35));

    int d = redRun(small, 40, 20, 60);
    int dBig = redRun(big, (int) Math.round(40 * RATIO), (int) (20 * RATIO), (int) (60 * RATIO));
    assertThat(d).as("10 px circle").isBetween(9, 11);
    assertThat(dBig).as("a sprite drawn at 300 dpi, not scaled up").isBetween(31, 35);
  }

  @Test
  void heatRadiusGrowsWithTheDpi() {
    HeatmapSymbolizer heat = new HeatmapSymbolizer(20, Optional.empty(), Palettes.heat("heat"), 1);
    List<LayerRender> marks =
        List.of(LayerRender.of(layers.get(1).layer(), UserStyle.of("h", Rule.of("h", heat))));
    BufferedImage big =
        renderer.render(RenderRequest.of(BIG, BIG, VIEW, marks).withDpi(300).withTransparent(true));
    int cx = (int) Math.round(40 * RATIO);
    // 20 standard px = 66 image px: warm at 50 px from the point, nothing at 75
    assertThat(big.getRGB(cx + 50, cx) >>> 24).isPositive();
    assertThat(big.getRGB(cx + 75, cx) >>> 24).isZero();
  }

  @Test
  void dpiOutsideTheBoundsIsRefused() {
    assertThatThrownBy(() -> RenderRequest.of(10, 10, VIEW, layers).withDpi(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dpi");
  }

  private static Rectangle scaled(Rectangle r) {
    return new Rectangle(
        (int) (r.x * RATIO),
        (int) (r.y * RATIO),
        (int) Math.ceil(r.width * RATIO),
        (int) Math.ceil(r.height * RATIO));
  }
}
