package cn.onemap.tiles.render;

import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.TextSymbolizer;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places and draws the collected labels after all geometry, in standard pixels (the graphics scale
 * them to the image's resolution, so glyphs are outlines at full resolution): in priority order, a
 * label whose boxes (grown by its halo and a 2 px margin) overlap an already placed label or leave
 * the image (grown by the request's label buffer) is skipped. Line labels put each character on the
 * line with its own rotation, centred on the line's middle, reading left to right; lines shorter
 * than the text, or bending more than 45° between neighbouring characters, get no label.
 */
final class LabelPainter {
  private static final double MARGIN = 2;
  private static final double MAX_BEND = Math.toRadians(45);

  private final List<LabelCandidate> candidates = new ArrayList<>();
  private final int maxLabels;
  private final Rectangle2D image;
  private final CollisionIndex placed = new CollisionIndex();

  /**
   * @param buffer pixels beyond the image edges where labels may still be placed (and are cut by
   *     the image edge): a tile then shows its part of a label placed for a feature next door
   */
  LabelPainter(int maxLabels, double width, double height, int buffer) {
    this.maxLabels = maxLabels;
    this.image = new Rectangle2D.Double(-buffer, -buffer, width + 2 * buffer, height + 2 * buffer);
  }

  void add(LabelCandidate c) {
    if (candidates.size() < maxLabels && !c.text().isBlank()) {
      candidates.add(c);
    }
  }

  /** Places and draws every label; returns how many were drawn. */
  int paint(Graphics2D g) {
    candidates.sort(Comparator.comparingLong(LabelCandidate::priority));
    int drawn = 0;
    for (LabelCandidate c : candidates) {
      Font font = Fonts.resolve(c.symbolizer().font(), c.text());
      List<Shape> glyphs =
          c.path() != null && c.symbolizer().placement() instanceof LabelPlacement.Line line
              ? alongLine(g.getFontRenderContext(), font, c.text(), c.path(), line)
              : atPoint(g.getFontRenderContext(), font, c);
      if (glyphs.isEmpty()) {
        continue;
      }
      double grow = MARGIN + c.symbolizer().halo().map(h -> h.radius()).orElse(0.0);
      List<Rectangle2D> boxes = new ArrayList<>();
      boolean inside = true;
      for (Shape s : glyphs) {
        Rectangle2D b = s.getBounds2D();
        Rectangle2D grown =
            new Rectangle2D.Double(
                b.getX() - grow,
                b.getY() - grow,
                b.getWidth() + 2 * grow,
                b.getHeight() + 2 * grow);
        inside &= image.contains(b);
        boxes.add(grown);
      }
      if (!inside || placed.intersectsAny(boxes)) {
        continue;
      }
      placed.insert(boxes);
      draw(g, glyphs, c.symbolizer());
      drawn++;
    }
    return drawn;
  }

  private static void draw(Graphics2D g, List<Shape> glyphs, TextSymbolizer s) {
    s.halo()
        .filter(h -> h.radius() > 0)
        .ifPresent(
            h -> {
              g.setPaint(h.fill().paint());
              g.setStroke(
                  new BasicStroke(
                      (float) (2 * h.radius()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
              glyphs.forEach(g::draw);
            });
    g.setPaint(s.fill().paint());
    glyphs.forEach(g::fill);
  }

  private static List<Shape> atPoint(FontRenderContext frc, Font font, LabelCandidate c) {
    LabelPlacement.Point p =
        c.symbolizer().placement() instanceof LabelPlacement.Point pp
            ? pp
            : LabelPlacement.Point.CENTRED;
    GlyphVector gv = font.createGlyphVector(frc, c.text());
    Rectangle2D logical = gv.getLogicalBounds();
    LineMetrics m = font.getLineMetrics(c.text(), frc);
    double textHeight = m.getAscent() + m.getDescent();
    // anchor (0,0) = bottom-left of the text box, (1,1) = top-right, as in SLD
    double x = -p.anchorX() * logical.getWidth() + p.displacementX();
    double baseline = -m.getDescent() + p.anchorY() * textHeight - p.displacementY();
    AffineTransform t = AffineTransform.getTranslateInstance(c.anchor().getX(), c.anchor().getY());
    t.rotate(Math.toRadians(p.rotation()));
    t.translate(x, baseline);
    return List.of(t.createTransformedShape(gv.getOutline()));
  }

  private static List<Shape> alongLine(
      FontRenderContext frc, Font font, String text, double[] path, LabelPlacement.Line line) {
    double[] pts = path;
    if (pts[pts.length - 2] < pts[0]) {
      pts = reverse(pts); // read left to right
    }
    double[] cumulative = new double[pts.length / 2];
    for (int i = 1; i < cumulative.length; i++) {
      cumulative[i] =
          cumulative[i - 1]
              + Math.hypot(pts[2 * i] - pts[2 * i - 2], pts[2 * i + 1] - pts[2 * i - 1]);
    }
    double length = cumulative[cumulative.length - 1];
    GlyphVector gv = font.createGlyphVector(frc, text);
    double textLength = gv.getLogicalBounds().getWidth();
    if (!line.followLine()) {
      return straightOnLine(gv, pts, cumulative, length, textLength, font, frc, text, line);
    }
    if (textLength > length) {
      return List.of();
    }
    LineMetrics m = font.getLineMetrics(text, frc);
    double centreOffset = (m.getAscent() - m.getDescent()) / 2 - line.perpendicularOffset();
    double start = (length - textLength) / 2;
    List<Shape> out = new ArrayList<>();
    Double previousAngle = null;
    for (int i = 0; i < gv.getNumGlyphs(); i++) {
      Point2D pos = gv.getGlyphPosition(i);
      double advance = gv.getGlyphMetrics(i).getAdvance();
      double at = start + pos.getX() + advance / 2;
      int seg = segment(cumulative, at);
      double dx = pts[2 * seg + 2] - pts[2 * seg];
      double dy = pts[2 * seg + 3] - pts[2 * seg + 1];
      double angle = Math.atan2(dy, dx);
      if (previousAngle != null && Math.abs(angleDiff(angle, previousAngle)) > MAX_BEND) {
        return List.of();
      }
      previousAngle = angle;
      double f = (at - cumulative[seg]) / Math.max(1e-9, cumulative[seg + 1] - cumulative[seg]);
      AffineTransform t =
          AffineTransform.getTranslateInstance(pts[2 * seg] + f * dx, pts[2 * seg + 1] + f * dy);
      t.rotate(angle);
      t.translate(-advance / 2 - pos.getX(), centreOffset);
      Shape glyph = gv.getGlyphOutline(i);
      out.add(t.createTransformedShape(glyph));
    }
    return out;
  }

  /** Straight text rotated to the direction of the line's middle. */
  private static List<Shape> straightOnLine(
      GlyphVector gv,
      double[] pts,
      double[] cumulative,
      double length,
      double textLength,
      Font font,
      FontRenderContext frc,
      String text,
      LabelPlacement.Line line) {
    if (textLength > length) {
      return List.of();
    }
    int seg = segment(cumulative, length / 2);
    double dx = pts[2 * seg + 2] - pts[2 * seg];
    double dy = pts[2 * seg + 3] - pts[2 * seg + 1];
    double f =
        (length / 2 - cumulative[seg]) / Math.max(1e-9, cumulative[seg + 1] - cumulative[seg]);
    LineMetrics m = font.getLineMetrics(text, frc);
    AffineTransform t =
        AffineTransform.getTranslateInstance(pts[2 * seg] + f * dx, pts[2 * seg + 1] + f * dy);
    t.rotate(Math.atan2(dy, dx));
    t.translate(-textLength / 2, (m.getAscent() - m.getDescent()) / 2 - line.perpendicularOffset());
    return List.of(t.createTransformedShape(gv.getOutline()));
  }

  private static int segment(double[] cumulative, double at) {
    for (int i = 1; i < cumulative.length; i++) {
      if (at <= cumulative[i]) {
        return i - 1;
      }
    }
    return cumulative.length - 2;
  }

  private static double angleDiff(double a, double b) {
    double d = a - b;
    while (d > Math.PI) {
      d -= 2 * Math.PI;
    }
    while (d < -Math.PI) {
      d += 2 * Math.PI;
    }
    return d;
  }

  private static double[] reverse(double[] xy) {
    double[] out = new double[xy.length];
    for (int i = 0; i < xy.length; i += 2) {
      out[xy.length - 2 - i] = xy[i];
      out[xy.length - 1 - i] = xy[i + 1];
    }
    return out;
  }
}
