package cn.onemap.ogc.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.wms.LegendImages;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.render.RenderLimits;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.UserStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class PrintOpTest {
  /** Meizhou's centre, about 0.1° across. */
  static final Envelope MEIZHOU = new Envelope(116.07, 116.17, 24.25, 24.33);

  static PrintSpec spec(Paper paper, boolean landscape, int dpi, PrintFormat format) {
    return new PrintSpec(
        "梅江区 城市部件分布图",
        paper,
        landscape,
        dpi,
        format,
        PrintCrs.EPSG_4490,
        MEIZHOU,
        "2019-06-01",
        "2026-12-03",
        null);
  }

  /** A map source that records what it was asked and draws a recognisable picture. */
  static final class Picture implements MapSource {
    final List<int[]> sizes = new ArrayList<>();
    final List<Envelope> boxes = new ArrayList<>();

    @Override
    public BufferedImage render(int width, int height, Envelope bbox, int dpi) {
      sizes.add(new int[] {width, height});
      boxes.add(bbox);
      BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = img.createGraphics();
      g.setColor(new Color(0x2060c0));
      g.fillRect(0, 0, width, height);
      g.dispose();
      return img;
    }
  }

  static List<LegendItem> legends() {
    BufferedImage swatch = new BufferedImage(120, 44, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = swatch.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(1, 1, 18, 18);
    g.dispose();
    return List.of(new LegendItem("城市部件", swatch), new LegendItem("道路", swatch));
  }

  @Test
  void pdfHasTheTitleThePaperAndTheMapImage() throws Exception {
    Picture map = new Picture();
    List<Double> progress = new ArrayList<>();
    PrintOp.Printed p =
        PrintOp.print(spec(Paper.A3, true, 150, PrintFormat.PDF), map, legends(), progress::add);

    keep("a3-landscape.pdf", p.bytes());
    try (PDDocument doc = Loader.loadPDF(p.bytes())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      PDPage page = doc.getPage(0);
      // A3 landscape: 420 × 297 mm = 1190.55 × 841.89 pt
      assertThat(page.getMediaBox().getWidth()).isCloseTo(1190.55f, within(0.5f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, within(0.5f));
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("梅江区 城市部件分布图")
          .contains("图例")
          .contains("城市部件")
          .contains("比例尺 1:")
          .contains("CGCS2000")
          .contains("2019-06-01")
          .contains("2026-12-03")
          .contains("梅州市时空信息云平台");
      List<PDImageXObject> images = new ArrayList<>();
      for (var name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
          images.add(img);
        }
      }
      // the map picture (the frame at 150 dpi) and the two legends
      assertThat(images).hasSize(3);
      assertThat(images.stream().mapToInt(PDImageXObject::getWidth).max().getAsInt())
          .isEqualTo(map.sizes.get(0)[0]);
    }
    assertThat(progress).isSorted().last().isEqualTo(1.0);
    assertThat(p.scale()).isGreaterThan(1000);
  }

  @Test
  void pngIsThePaperAtTheDpi() throws Exception {
    for (int dpi : new int[] {150, 300}) {
      PrintOp.Printed p =
          PrintOp.print(
              spec(Paper.A4, false, dpi, PrintFormat.PNG), new Picture(), legends(), f -> {});
      keep("a4-portrait-" + dpi + ".png", p.bytes());
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.bytes()));
      // A4 portrait: 210 × 297 mm
      assertThat(img.getWidth()).isEqualTo((int) Math.round(210 / 25.4 * dpi));
      assertThat(img.getHeight()).isEqualTo((int) Math.round(297 / 25.4 * dpi));
      // the map picture fills the frame: its blue is in the middle of the page's upper part
      int rgb = img.getRGB(img.getWidth() / 2, img.getHeight() / 3) & 0xffffff;
      assertThat(rgb).isEqualTo(0x2060c0);
    }
  }

  /**
   * A real map (the renderer on H2GIS): a 2 px black line north–south through the centre. At 300
   * dpi the map is drawn at 300 dpi, not resampled from 150: the line is twice as many pixels wide
   * (2 × dpi / 90.7: 0.56 mm on paper in both) and sharp, with a fully black core.
   */
  @Test
  void aThreeHundredDpiMapHasTwiceTheLineWidthInPixels() throws Exception {
    try (StoreFixture fixture = StoreFixture.open(Backend.H2GIS)) {
      LayerDefinition lines =
          LayerDefinition.of("lines", "线", LayerKind.THEMATIC, GeometryType.LINESTRING, List.of());
      fixture.store().createLayer(lines);
      double x = MEIZHOU.centre().x;
      fixture
          .store()
          .apply(
              "lines",
              List.of(
                  FeatureEdit.insert(
                      "l1", Wkt.read("LINESTRING (" + x + " 24.2, " + x + " 24.4)"), Map.of())),
              EditContext.by("test"));
      UserStyle style =
          UserStyle.of("l", Rule.of("l", new LineSymbolizer(Stroke.of(Color.BLACK, 2))));
      MapSource map =
          new LayeredMap(
              new MapRenderer(fixture.store()),
              List.of(new LayeredMap.Part(LayerRender.of(lines, style), 1)),
              "EPSG:4490",
              RenderLimits.DEFAULT,
              Color.WHITE);
      double[] widths = new double[2];
      int[] cores = new int[2];
      int[] dpis = {150, 300};
      for (int i = 0; i < 2; i++) {
        int dpi = dpis[i];
        PrintOp.Printed p =
            PrintOp.print(spec(Paper.A4, true, dpi, PrintFormat.PNG), map, List.of(), f -> {});
        keep("a4-landscape-line-" + dpi + ".png", p.bytes());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.bytes()));
        PageLayout.Box frame = PageLayout.of(Paper.A4, true).frame();
        double k = dpi / 25.4;
        int cx = (int) Math.round((frame.x() + frame.w() / 2) * k);
        int cy = (int) Math.round((frame.y() + frame.h() / 3) * k);
        double dark = 0;
        for (int px = cx - (int) (5 * k); px < cx + (int) (5 * k); px++) {
          Color c = new Color(img.getRGB(px, cy));
          dark += 1 - (c.getRed() + c.getGreen() + c.getBlue()) / (3 * 255.0);
          cores[i] += c.getRed() < 16 ? 1 : 0;
        }
        widths[i] = dark;
      }
      assertThat(widths[0]).as("2 px at 150 dpi").isCloseTo(2 * 150 / 90.714, within(0.4));
      assertThat(widths[1] / widths[0]).isCloseTo(2, within(0.15));
      assertThat(cores[1]).as("black pixels across the 300 dpi line").isGreaterThanOrEqualTo(5);
    }
  }

  /** A legend drawn for 300 dpi has 300/96 times the pixels and prints the same size. */
  @Test
  void aLegendForThreeHundredDpiPrintsAtTheSameSize() {
    LayerDefinition roads =
        LayerDefinition.of("roads", "道路", LayerKind.BASE, GeometryType.LINESTRING, List.of());
    var style = cn.onemap.tiles.style.DefaultStyles.forLayer(roads);
    var names = cn.onemap.core.catalog.CodeNames.of(roads, id -> java.util.Optional.empty());
    LegendItem plain = new LegendItem("道路", LegendImages.of(style, "道路", names, 20));
    LegendItem sharp =
        new LegendItem("道路", LegendImages.of(style, "道路", names, 20, 300 / 96.0), 300);
    assertThat(sharp.image().getWidth())
        .isCloseTo(
            (int) Math.round(plain.image().getWidth() * 300 / 96.0),
            org.assertj.core.data.Offset.offset(1));
    assertThat(sharp.widthMm()).isCloseTo(plain.widthMm(), within(0.2));
    assertThat(sharp.heightMm()).isCloseTo(plain.heightMm(), within(0.2));
  }

  @Test
  void theExtentIsWidenedToTheFrameAroundItsCentre() {
    Picture map = new Picture();
    PrintOp.Printed p =
        PrintOp.print(spec(Paper.A4, true, 150, PrintFormat.PNG), map, List.of(), f -> {});
    Envelope shown = map.boxes.get(0);
    assertThat(shown.contains(MEIZHOU)).isTrue();
    assertThat(shown.centre().distance(MEIZHOU.centre())).isLessThan(1e-9);
    int[] px = map.sizes.get(0);
    assertThat(shown.getWidth() / shown.getHeight())
        .isCloseTo(px[0] / (double) px[1], within(0.01));
    assertThat(p.bbox()).isEqualTo(shown);
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> Paper.parse("B5")).hasMessageContaining("A4 or A3");
    assertThatThrownBy(() -> PrintFormat.parse("tiff")).hasMessageContaining("pdf or png");
    assertThatThrownBy(() -> PrintCrs.parse("EPSG:4326")).hasMessageContaining("EPSG:4548");
    assertThatThrownBy(
            () ->
                new PrintSpec(
                    " ",
                    Paper.A4,
                    true,
                    150,
                    PrintFormat.PDF,
                    PrintCrs.EPSG_4490,
                    MEIZHOU,
                    null,
                    "2026-12-03",
                    null))
        .isInstanceOf(PrintException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> spec(Paper.A4, true, 600, PrintFormat.PDF))
        .hasMessageContaining("150 or 300");
    assertThatThrownBy(
            () ->
                new PrintSpec(
                    "x",
                    Paper.A4,
                    true,
                    150,
                    PrintFormat.PDF,
                    PrintCrs.EPSG_4490,
                    new Envelope(100, 200, 20, 30),
                    null,
                    "2026-12-03",
                    null))
        .satisfies(e -> assertThat(((PrintException) e).details()).containsEntry("field", "bbox"));
  }

  /** The prints are kept under target/print-samples for a look. */
  static void keep(String name, byte[] bytes) throws java.io.IOException {
    var dir = java.nio.file.Path.of("target", "print-samples");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve(name), bytes);
  }

  private static org.assertj.core.data.Offset<Float> within(float v) {
    return org.assertj.core.data.Offset.offset(v);
  }

  private static org.assertj.core.data.Offset<Double> within(double v) {
    return org.assertj.core.data.Offset.offset(v);
  }
}
