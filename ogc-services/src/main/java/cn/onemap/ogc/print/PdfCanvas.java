package cn.onemap.ogc.print;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One PDF page: text in the embedded CJK font (characters it lacks become {@code ?}), images as
 * lossless (Flate) image XObjects, shapes as paths. Millimetres from the top-left are turned into
 * PDF points from the bottom-left.
 */
final class PdfCanvas implements PageCanvas {
  private static final double PT_PER_MM = 72 / 25.4;
  private final PDDocument doc;
  private final PDPageContentStream out;
  private final PDType0Font font;
  private final double pageHeightMm;

  PdfCanvas(PDDocument doc, PDPageContentStream out, PDType0Font font, double pageHeightMm) {
    this.doc = doc;
    this.out = out;
    this.font = font;
    this.pageHeightMm = pageHeightMm;
  }

  private static float pt(double mm) {
    return (float) (mm * PT_PER_MM);
  }

  private float py(double mm) {
    return pt(pageHeightMm - mm);
  }

  /** The text with the characters the font cannot show replaced by {@code ?}. */
  String printable(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String s = new String(Character.toChars(cp));
              try {
                font.encode(s);
                sb.append(s);
              } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
              }
            });
    return sb.toString();
  }

  @Override
  public void text(String text, double x, double y, double sizePt, Align align, Color color) {
    String s = printable(text);
    double w = textWidth(s, sizePt);
    double left =
        switch (align) {
          case LEFT -> x;
          case CENTER -> x - w / 2;
          case RIGHT -> x - w;
        };
    try {
      out.beginText();
      out.setFont(font, (float) sizePt);
      out.setNonStrokingColor(color);
      out.newLineAtOffset(pt(left), py(y));
      out.showText(s);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double textWidth(String text, double sizePt) {
    try {
      return font.getStringWidth(printable(text)) / 1000 * sizePt / PT_PER_MM;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void image(BufferedImage image, double x, double y, double width, double height) {
    try {
      PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
      out.drawImage(xo, pt(x), py(y + height), pt(width), pt(height));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill, Color stroke, double mm) {
    try {
      out.addRect(pt(x), py(y + h), pt(w), pt(h));
      paint(fill, stroke, mm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void polygon(double[] xs, double[] ys, Color fill, Color stroke, double mm) {
    try {
      out.moveTo(pt(xs[0]), py(ys[0]));
      for (int i = 1; i < xs.length; i++) {
        out.lineTo(pt(xs[i]), py(ys[i]));
      }
      out.closePath();
      paint(fill, stroke, mm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void paint(Color fill, Color stroke, double mm) throws IOException {
    if (fill != null) {
      out.setNonStrokingColor(fill);
    }
    if (stroke != null) {
      out.setStrokingColor(stroke);
      out.setLineWidth(pt(mm));
    }
    if (fill != null && stroke != null) {
      out.fillAndStroke();
    } else if (fill != null) {
      out.fill();
    } else {
      out.stroke();
    }
  }
}
