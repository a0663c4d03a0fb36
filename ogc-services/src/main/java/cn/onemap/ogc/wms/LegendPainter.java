package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.tiles.render.Fonts;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;

/**
 * Draws a legend with Java2D: one row per rule that draws geometry (text-only rules are skipped), a
 * swatch of {@code swatchWidth}×{@code swatchHeight} pixels showing the rule's polygon, line and
 * point symbolizers, then the rule's title (Chinese, in a CJK-capable font; the layer title when
 * the rule has none — never the rule's Name, an identifier such as {@code casing}). A rule that
 * only draws under another one (a road casing, a halo mark: the same features, in an earlier
 * feature-type-style) has no row of its own: its symbolizers are drawn under the other rule's in
 * that rule's swatch, as on the map. Swatches are the GetLegendGraphic WIDTH/HEIGHT (default
 * 20×20); the image grows to fit the labels.
 */
final class LegendPainter {
  static final int GAP = 4;
  static final int MAX_ROWS = 200;

  private LegendPainter() {}

  /**
   * The rules shown, in style order (at most {@link #MAX_ROWS}); a rule drawn over underlays holds
   * their symbolizers first.
   */
  static List<Rule> rows(UserStyle style) {
    List<List<Rule>> passes =
        style.featureTypeStyles().stream().map(FeatureTypeStyle::rules).toList();
    Map<Rule, List<Symbolizer>> under = new IdentityHashMap<>();
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < passes.size(); i++) {
      for (Rule r : passes.get(i)) {
        if (!drawsGeometry(r)) {
          continue;
        }
        Optional<Rule> over = over(r, passes.subList(i + 1, passes.size()));
        if (over.isPresent()) {
          List<Symbolizer> below = under.computeIfAbsent(over.get(), k -> new ArrayList<>());
          below.addAll(under.getOrDefault(r, List.of()));
          below.addAll(r.symbolizers());
          continue;
        }
        List<Symbolizer> below = under.get(r);
        if (below == null) {
          out.add(r);
        } else {
          List<Symbolizer> all = new ArrayList<>(below);
          all.addAll(r.symbolizers());
          out.add(r.withSymbolizers(all));
        }
      }
    }
    return out.stream().limit(MAX_ROWS).toList();
  }

  /**
   * The rule of a later pass that {@code r} only draws under: one for the same features (the same
   * filter or else, overlapping scales) that draws geometry too, when {@code r} draws no text.
   */
  private static Optional<Rule> over(Rule r, List<List<Rule>> later) {
    if (r.symbolizers().stream().anyMatch(s -> s instanceof TextSymbolizer)) {
      return Optional.empty();
    }
    for (List<Rule> pass : later) {
      for (Rule s : pass) {
        if (s.elseFilter() == r.elseFilter()
            && s.filter().equals(r.filter())
            && s.minScaleDenominator() < r.maxScaleDenominator()
            && r.minScaleDenominator() < s.maxScaleDenominator()
            && drawsGeometry(s)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean drawsGeometry(Rule r) {
    return r.symbolizers().stream().anyMatch(s -> !(s instanceof TextSymbolizer));
  }

  /**
   * The rule's title; a rule of one code ({@code attribute = 'JS'}) whose title is blank or the
   * code itself reads as the code list's name (给水), as everywhere else a person reads codes.
   */
  static String label(Rule r, String fallback, CodeNames names) {
    String title = r.title();
    if (r.filter().orElse(null) instanceof PropertyIsEqualTo eq
        && eq.getExpression1() instanceof PropertyName property
        && eq.getExpression2() instanceof Literal literal
        && literal.getValue() != null
        && (title.isBlank() || title.equals(String.valueOf(literal.getValue())))) {
      Optional<String> name = names.name(property.getPropertyName(), literal.getValue());
      if (name.isPresent()) {
        return name.get();
      }
    }
    return !title.isBlank() ? title : fallback;
  }

  private static Font font() {
    return new Font(Fonts.cjkFamily().orElse(Font.SANS_SERIF), Font.PLAIN, 12);
  }

  private static FontMetrics metrics(Font font) {
    Graphics2D pg = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    try {
      return pg.getFontMetrics(font);
    } finally {
      pg.dispose();
    }
  }

  /** The size of the legend image {@link #paint} draws (capabilities' LegendURL). */
  static Dimension size(
      UserStyle style, String layerTitle, CodeNames names, int swatchWidth, int swatchHeight) {
    FontMetrics fm = metrics(font());
    int textWidth = 0;
    List<Rule> rules = rows(style);
    for (Rule r : rules) {
      textWidth = Math.max(textWidth, fm.stringWidth(label(r, layerTitle, names)));
    }
    int rowHeight = Math.max(swatchHeight, fm.getHeight()) + 2;
    return new Dimension(
        swatchWidth + GAP + textWidth + GAP, Math.max(1, rules.size()) * rowHeight);
  }

  static BufferedImage paint(
      UserStyle style,
      String layerTitle,
      CodeNames names,
      int swatchWidth,
      int swatchHeight,
      boolean transparent) {
    return paint(style, layerTitle, names, swatchWidth, swatchHeight, transparent, 1);
  }

  /** The legend drawn {@code scale} times larger: an image of {@code scale} × {@link #size}. */
  static BufferedImage paint(
      UserStyle style,
      String layerTitle,
      CodeNames names,
      int swatchWidth,
      int swatchHeight,
      boolean transparent,
      double scale) {
    if (!(scale >= 1 && scale <= 8)) {
      throw new IllegalArgumentException("legend scale must be 1 to 8, was " + scale);
    }
    List<Rule> rules = rows(style);
    Font font = font();
    FontMetrics fm = metrics(font);
    Dimension size = size(style, layerTitle, names, swatchWidth, swatchHeight);
    int rowHeight = Math.max(swatchHeight, fm.getHeight()) + 2;
    int width = size.width;
    int height = size.height;
    BufferedImage img =
        new BufferedImage(
            (int) Math.round(width * scale),
            (int) Math.round(height * scale),
            BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      if (scale != 1) {
        // advances as the 1× layout measured them, not hinted at the larger size
        g.setRenderingHint(
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      }
      if (!transparent) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
      }
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      int y = 0;
      for (Rule r : rules) {
        int top = y + (rowHeight - swatchHeight) / 2;
        for (Symbolizer s : r.symbolizers()) {
          swatch(g, s, 1, top + 1, swatchWidth - 2, swatchHeight - 2);
        }
        g.setColor(Color.BLACK);
        int baseline = y + (rowHeight - fm.getHeight()) / 2 + fm.getAscent();
        g.drawString(label(r, layerTitle, names), swatchWidth + GAP, baseline);
        y += rowHeight;
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  private static void swatch(Graphics2D g, Symbolizer s, int x, int y, int w, int h) {
    if (s instanceof PolygonSymbolizer p) {
      Shape box = new Rectangle2D.Double(x, y, w, h);
      p.fill().ifPresent(f -> fill(g, f.paint(), box));
      p.stroke().ifPresent(st -> draw(g, st, box));
    } else if (s instanceof LineSymbolizer l) {
      draw(g, l.stroke(), new Line2D.Double(x, y + h / 2.0, x + w, y + h / 2.0));
    } else if (s instanceof cn.onemap.tiles.style.HeatmapSymbolizer heat) {
      // the ramp from low (left) to high (right)
      for (int i = 0; i < w; i++) {
        int argb = heat.argb(w == 1 ? 1 : 0.08 + 0.92 * i / (double) (w - 1));
        g.setColor(new Color(argb, true));
        g.fillRect(x + i, y, 1, h);
      }
    } else if (s instanceof PointSymbolizer p) {
      Graphic gr = p.graphic();
      double size = Math.min(gr.size(), Math.min(w, h));
      Shape shape = mark(gr.mark(), x + w / 2.0, y + h / 2.0, size);
      gr.mark().fill().ifPresent(f -> fill(g, f.paint(), shape));
      gr.mark().stroke().ifPresent(st -> draw(g, st, shape));
    }
  }

  private static Shape mark(Mark m, double cx, double cy, double size) {
    double r = size / 2;
    return switch (m.shape()) {
      case SQUARE -> new Rectangle2D.Double(cx - r, cy - r, size, size);
      case TRIANGLE -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy + r);
        p.lineTo(cx - r, cy + r);
        p.closePath();
        yield p;
      }
      default -> new Ellipse2D.Double(cx - r, cy - r, size, size);
    };
  }

  private static void fill(Graphics2D g, Color c, Shape s) {
    g.setColor(c);
    g.fill(s);
  }

  private static void draw(Graphics2D g, cn.onemap.tiles.style.Stroke st, Shape s) {
    g.setColor(st.paint());
    g.setStroke(st.awtStroke());
    g.draw(s);
  }
}
