package cn.onemap.tiles.tile;

import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The 影像 (imagery-style) base map: the same base layers as the vector base map, recoloured the way
 * Tianditu's img + cia pair looks — dark, muted ground (areas keep their hue, lose brightness and
 * some saturation), light lines and points on top so roads read over it. Without aerial imagery of
 * our own this gives planners the dark base they switch to for overlays.
 */
public final class ImageryStyle {
  /** The ground where nothing is drawn: a dark olive, like vegetation seen from above. */
  public static final Color GROUND = new Color(0x2e, 0x3a, 0x2c);

  private ImageryStyle() {}

  public static UserStyle of(UserStyle style) {
    List<FeatureTypeStyle> passes = new ArrayList<>();
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      List<Rule> rules = new ArrayList<>();
      for (Rule r : fts.rules()) {
        rules.add(r.withSymbolizers(r.symbolizers().stream().map(ImageryStyle::recolour).toList()));
      }
      passes.add(new FeatureTypeStyle(rules));
    }
    return new UserStyle(style.name(), style.title(), passes);
  }

  private static Symbolizer recolour(Symbolizer s) {
    if (s instanceof PolygonSymbolizer p) {
      return new PolygonSymbolizer(
          p.fill().map(f -> new Fill(ground(f.color()), f.opacity())),
          p.stroke().map(st -> stroke(st, ImageryStyle::ground)));
    }
    if (s instanceof LineSymbolizer l) {
      return new LineSymbolizer(stroke(l.stroke(), ImageryStyle::light));
    }
    if (s instanceof PointSymbolizer pt) {
      Graphic g = pt.graphic();
      Mark m = g.mark();
      Mark recoloured =
          new Mark(
              m.shape(),
              m.fill().map(f -> new Fill(light(f.color()), f.opacity())),
              m.stroke().map(st -> stroke(st, ImageryStyle::light)));
      return new PointSymbolizer(new Graphic(recoloured, g.size(), g.rotation(), g.opacity()));
    }
    return s;
  }

  private static Stroke stroke(Stroke s, java.util.function.UnaryOperator<Color> how) {
    return new Stroke(
        how.apply(s.color()), s.opacity(), s.width(), s.dashArray(), s.lineJoin(), s.lineCap());
  }

  /** Areas: the hue kept, saturation ×0.75, brightness into 0.16–0.52. */
  static Color ground(Color c) {
    float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    return Color.getHSBColor(hsb[0], hsb[1] * 0.75f, 0.16f + 0.36f * hsb[2]);
  }

  /** Lines and points: the hue kept, brightness into 0.72–1, so they stand out on the ground. */
  static Color light(Color c) {
    float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    return Color.getHSBColor(hsb[0], hsb[1] * 0.8f, 0.72f + 0.28f * hsb[2]);
  }
}
