package cn.onemap.ogc.print;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * What the page layout draws with, in millimetres from the top-left corner of the page: {@link
 * RasterCanvas} (Java2D, PNG) and {@link PdfCanvas} (PDFBox). Text sizes are in points.
 */
interface PageCanvas {
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /**
   * Draws one line of text with its baseline at {@code y}, anchored at {@code x} by {@code align}.
   */
  void text(String text, double x, double y, double sizePt, Align align, Color color);

  /** The width of the text in mm at that size. */
  double textWidth(String text, double sizePt);

  void image(BufferedImage image, double x, double y, double width, double height);

  /** A rectangle, filled and/or stroked (null for none), stroke width in mm. */
  void rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeMm);

  /** A closed polygon, filled and/or stroked (null for none). */
  void polygon(double[] xs, double[] ys, Color fill, Color stroke, double strokeMm);

  /** The largest size ≤ {@code sizePt} (and ≥ 4 pt) at which the text fits in {@code widthMm}. */
  default double fit(String text, double sizePt, double widthMm) {
    double w = textWidth(text, sizePt);
    if (w <= widthMm || w <= 0) {
      return sizePt;
    }
    return Math.max(4, sizePt * widthMm / w);
  }
}
