package cn.onemap.ogc.print;

import cn.onemap.tiles.render.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** The page as one RGB image at the print's dpi (Java2D, the renderer's CJK font). */
final class RasterCanvas implements PageCanvas {
  private static final double MM_PER_PT = 25.4 / 72;
  private final BufferedImage page;
  private final Graphics2D g;
  private final double pxPerMm;
  private final String family = Fonts.cjkFamily().orElse(Font.SANS_SERIF);

  RasterCanvas(int widthPx, int heightPx, int dpi) {
    page = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, widthPx, heightPx);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    double k = dpi / 25.4;
    pxPerMm = k;
    g.scale(k, k);
  }

  BufferedImage finish() {
    g.dispose();
    return page;
  }

  private Font font(double sizePt) {
    return new Font(family, Font.PLAIN, 1).deriveFont((float) (sizePt * MM_PER_PT));
  }

  @Override
  public void text(String text, double x, double y, double sizePt, Align align, Color color) {
    Font f = font(sizePt);
    g.setFont(f);
    g.setColor(color);
    double w = textWidth(text, sizePt);
    double left =
        switch (align) {
          case LEFT -> x;
          case CENTER -> x - w / 2;
          case RIGHT -> x - w;
        };
    g.drawString(text, (float) left, (float) y);
  }

  @Override
  public double textWidth(String text, double sizePt) {
    return font(sizePt).getStringBounds(text, g.getFontRenderContext()).getWidth();
  }

  @Override
  public void image(BufferedImage image, double x, double y, double width, double height) {
    if (Math.abs(width * pxPerMm - image.getWidth()) < 1
        && Math.abs(height * pxPerMm - image.getHeight()) < 1) {
      // drawn at the page's dpi (the map): pixel for pixel, no resampling
      var before = g.getTransform();
      g.setTransform(new java.awt.geom.AffineTransform());
      g.drawImage(image, (int) Math.round(x * pxPerMm), (int) Math.round(y * pxPerMm), null);
      g.setTransform(before);
      return;
    }
    var at = new java.awt.geom.AffineTransform();
    at.translate(x, y);
    at.scale(width / image.getWidth(), height / image.getHeight());
    g.drawImage(image, at, null);
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill, Color stroke, double mm) {
    paint(new Rectangle2D.Double(x, y, w, h), fill, stroke, mm);
  }

  @Override
  public void polygon(double[] xs, double[] ys, Color fill, Color stroke, double mm) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      p.lineTo(xs[i], ys[i]);
    }
    p.closePath();
    paint(p, fill, stroke, mm);
  }

  private void paint(java.awt.Shape s, Color fill, Color stroke, double mm) {
    if (fill != null) {
      g.setColor(fill);
      g.fill(s);
    }
    if (stroke != null) {
      g.setColor(stroke);
      g.setStroke(new BasicStroke((float) mm, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      g.draw(s);
    }
  }
}
