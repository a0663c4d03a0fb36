package cn.onemap.ogc.print;

import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.image.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.locationtech.jts.geom.Envelope;

/**
 * Makes a print: widens the requested extent to the map frame's shape (around its centre, so all
 * that was asked stays in view), draws the map, and lays the page out ({@link PageComposer}) as a
 * PNG at the print's dpi or as a one-page PDF of the paper's size.
 *
 * <p>The map picture is drawn at the page's dpi, pixel for pixel (no resampling): the renderer
 * draws at that resolution ({@link cn.onemap.tiles.render.RenderRequest#dpi()}), so a style's pixel
 * is 0.28 mm on paper whatever the dpi — a 2 px road is 0.56 mm, 7 image pixels at 300 dpi — and
 * the rules are those of the print's true scale. The page's own text and lines are drawn at full
 * resolution too (as text and paths in the PDF).
 *
 * <p>A PDF holds its text in an embedded TrueType CJK font ({@link PdfFonts}); without one
 * installed it holds the page as one image at the print's dpi.
 */
public final class PrintOp {
  /**
   * The file and what it shows.
   *
   * @param bbox the extent the map frame shows (the request's widened to the frame)
   * @param scale the scale denominator at the centre
   */
  public record Printed(byte[] bytes, PrintFormat format, Envelope bbox, long scale) {}

  private PrintOp() {}

  public static Printed print(
      PrintSpec spec, MapSource map, List<LegendItem> legends, DoubleConsumer progress) {
    PageLayout layout = PageLayout.of(spec.paper(), spec.landscape());
    PageLayout.Box frame = layout.frame();
    Envelope bbox = fit(spec.bbox(), frame.w() / frame.h());
    int w = (int) Math.round(frame.w() / 25.4 * spec.dpi());
    int h = (int) Math.round(frame.h() / 25.4 * spec.dpi());
    progress.accept(0.05);
    BufferedImage picture = map.render(w, h, bbox, spec.dpi());
    progress.accept(0.7);
    double metresPerUnit = spec.crs().groundMetresPerUnit(bbox.centre().x, bbox.centre().y);
    double metresPerMm = bbox.getWidth() * metresPerUnit / frame.w();
    byte[] bytes =
        spec.format() == PrintFormat.PNG
            ? png(spec, layout, picture, legends, metresPerMm)
            : pdf(spec, layout, picture, legends, metresPerMm);
    progress.accept(1);
    return new Printed(bytes, spec.format(), bbox, ScaleBar.denominator(metresPerMm));
  }

  /** The extent grown in x or y to the aspect (width / height), around its centre. */
  static Envelope fit(Envelope e, double aspect) {
    double w = e.getWidth();
    double h = e.getHeight();
    if (w / h < aspect) {
      w = h * aspect;
    } else {
      h = w / aspect;
    }
    double cx = e.centre().x;
    double cy = e.centre().y;
    return new Envelope(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
  }

  private static BufferedImage page(
      PrintSpec spec,
      PageLayout layout,
      BufferedImage map,
      List<LegendItem> legends,
      double metresPerMm) {
    RasterCanvas canvas = new RasterCanvas(spec.widthPx(), spec.heightPx(), spec.dpi());
    new PageComposer(canvas, layout).compose(spec, map, legends, metresPerMm);
    return canvas.finish();
  }

  private static byte[] png(
      PrintSpec spec,
      PageLayout layout,
      BufferedImage map,
      List<LegendItem> legends,
      double metresPerMm) {
    BufferedImage page = page(spec, layout, map, legends, metresPerMm);
    var out = new ByteArrayOutputStream(1 << 20);
    ImageEncoder.encode(page, ImageFormat.PNG, out);
    return out.toByteArray();
  }

  private static byte[] pdf(
      PrintSpec spec,
      PageLayout layout,
      BufferedImage map,
      List<LegendItem> legends,
      double metresPerMm) {
    float pt = (float) (72 / 25.4);
    PDRectangle size = new PDRectangle((float) layout.width() * pt, (float) layout.height() * pt);
    Optional<PdfFonts.Opened> font = PdfFonts.open();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(size);
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(spec.title());
      doc.getDocumentInformation().setProducer(spec.source());
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        if (font.isPresent()) {
          PDType0Font f = PDType0Font.load(doc, font.get().font(), true);
          var canvas = new PdfCanvas(doc, out, f, layout.height());
          new PageComposer(canvas, layout).compose(spec, map, legends, metresPerMm);
        } else {
          BufferedImage raster = page(spec, layout, map, legends, metresPerMm);
          out.drawImage(
              LosslessFactory.createFromImage(doc, raster),
              0,
              0,
              size.getWidth(),
              size.getHeight());
        }
      }
      var bytes = new ByteArrayOutputStream(1 << 20);
      // No object streams: the document information (the title) stays readable as plain text.
      doc.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
    } finally {
      font.ifPresent(
          f -> {
            try {
              f.close();
            } catch (IOException e) {
              // closing a read-only font file
            }
          });
    }
  }
}
