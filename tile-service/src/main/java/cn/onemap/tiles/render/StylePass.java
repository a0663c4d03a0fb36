package cn.onemap.tiles.render;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.TextSymbolizer;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;

/**
 * One feature-type-style of a layer, reduced to the rules that apply at the render's scale, with
 * their filters compiled against the layer schema, and the attributes those filters and labels read
 * ({@code properties}: all the store query needs to fetch). Draws a feature with every matching
 * rule (else rules when no other matched) and hands its labels to the label painter.
 */
record StylePass(List<StylePass.CompiledRule> rules, Set<String> properties) {

  record CompiledRule(Rule rule, Predicate<Map<String, Object>> filter, int order) {}

  /** The passes of {@code layer}'s style with at least one rule at {@code scale}. */
  static List<StylePass> compile(LayerRender layer, double scale) {
    List<StylePass> out = new ArrayList<>();
    for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
      List<CompiledRule> rules = new ArrayList<>();
      Set<String> properties = new TreeSet<>();
      int order = 0;
      for (Rule r : fts.rules()) {
        int o = order++;
        if (!r.appliesAt(scale)) {
          continue;
        }
        checkLabels(r, layer.layer());
        Predicate<Map<String, Object>> p =
            r.filter().map(f -> AttributeFilter.compile(f, layer.layer())).orElse(a -> true);
        rules.add(new CompiledRule(r, p, o));
        r.filter().ifPresent(f -> properties.addAll(AttributeFilter.properties(f)));
        for (Symbolizer s : r.symbolizers()) {
          if (s instanceof TextSymbolizer t) {
            properties.add(t.labelProperty());
          } else if (s instanceof HeatmapSymbolizer h) {
            h.weightProperty().ifPresent(properties::add);
          }
        }
      }
      if (!rules.isEmpty()) {
        out.add(new StylePass(List.copyOf(rules), Set.copyOf(properties)));
      }
    }
    return out;
  }

  static void checkLabels(Rule r, LayerDefinition layer) {
    for (Symbolizer s : r.symbolizers()) {
      if (s instanceof HeatmapSymbolizer h
          && h.weightProperty().isPresent()
          && layer.attribute(h.weightProperty().get()).isEmpty()) {
        throw new TilesException(
            "UNKNOWN_PROPERTY",
            "heat map weight '"
                + h.weightProperty().get()
                + "' is not an attribute of layer '"
                + layer.id()
                + "'",
            Map.of("property", h.weightProperty().get(), "layer", layer.id()),
            null);
      }
      if (s instanceof TextSymbolizer t && layer.attribute(t.labelProperty()).isEmpty()) {
        throw new TilesException(
            "UNKNOWN_PROPERTY",
            "label property '"
                + t.labelProperty()
                + "' is not an attribute of layer '"
                + layer.id()
                + "'",
            Map.of("property", t.labelProperty(), "layer", layer.id()),
            null);
      }
    }
  }

  /**
   * Standard pixels (see {@link RenderRequest#dpi()}) a symbol can reach beyond its feature's
   * geometry: half the widest stroke or mark plus a little for antialiasing. Labels are not
   * counted: one whose feature lies outside the bbox is not drawn (a tile renderer adds its own
   * buffer).
   */
  double marginPx() {
    double m = 0;
    for (CompiledRule r : rules) {
      for (Symbolizer s : r.rule().symbolizers()) {
        double reach = 0;
        if (s instanceof PointSymbolizer p) {
          reach = p.graphic().size() / 2 + 1 + strokeOf(p);
        } else if (s instanceof LineSymbolizer l) {
          reach = l.stroke().width() / 2;
        } else if (s instanceof PolygonSymbolizer p) {
          reach = p.stroke().map(st -> st.width() / 2).orElse(0.0);
        } else if (s instanceof HeatmapSymbolizer h) {
          reach = h.radiusPx();
        }
        m = Math.max(m, reach);
      }
    }
    return m + 1;
  }

  /** Whether a rule of this pass draws labels. */
  boolean hasLabels() {
    for (CompiledRule r : rules) {
      for (Symbolizer s : r.rule().symbolizers()) {
        if (s instanceof TextSymbolizer) {
          return true;
        }
      }
    }
    return false;
  }

  private static double strokeOf(PointSymbolizer p) {
    return p.graphic().mark().stroke().map(s -> s.width()).orElse(0.0);
  }

  void draw(
      Feature f,
      Geometry geom,
      FeaturePainter painter,
      LabelPainter labels,
      int ruleBase,
      long seq) {
    boolean matched = false;
    for (CompiledRule r : rules) {
      if (!r.rule().elseFilter() && r.filter().test(f.attributes())) {
        matched = true;
        drawRule(r, f, geom, painter, labels, ruleBase, seq);
      }
    }
    if (!matched) {
      for (CompiledRule r : rules) {
        if (r.rule().elseFilter()) {
          drawRule(r, f, geom, painter, labels, ruleBase, seq);
        }
      }
    }
  }

  private static void drawRule(
      CompiledRule r,
      Feature f,
      Geometry geom,
      FeaturePainter painter,
      LabelPainter labels,
      int ruleBase,
      long seq) {
    for (Symbolizer s : r.rule().symbolizers()) {
      if (s instanceof PolygonSymbolizer p) {
        painter.polygon(geom, p);
      } else if (s instanceof LineSymbolizer l) {
        painter.line(geom, l);
      } else if (s instanceof PointSymbolizer p) {
        painter.point(geom, p);
      } else if (s instanceof TextSymbolizer t) {
        label(t, f, geom, painter, labels, ((long) (ruleBase + r.order()) << 32) + seq);
      } else if (s instanceof HeatmapSymbolizer h) {
        painter.heat(geom, h, weight(h, f));
      }
    }
  }

  /** The feature's weight in a heat map: 1, or its weight attribute (missing, NaN → 0). */
  private static double weight(HeatmapSymbolizer h, Feature f) {
    if (h.weightProperty().isEmpty()) {
      return 1;
    }
    Object v = f.attribute(h.weightProperty().get());
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v != null) {
      try {
        return Double.parseDouble(v.toString().strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  private static void label(
      TextSymbolizer t,
      Feature f,
      Geometry geom,
      FeaturePainter painter,
      LabelPainter labels,
      long priority) {
    Object value = f.attribute(t.labelProperty());
    if (value == null) {
      return;
    }
    String text = value.toString().strip();
    if (t.placement() instanceof LabelPlacement.Line && geom instanceof Lineal) {
      double[] path = painter.screenPath(geom);
      if (path != null) {
        labels.add(new LabelCandidate(priority, text, t, null, path));
      }
      return;
    }
    List<Point2D> anchors = painter.anchors(geom);
    if (!anchors.isEmpty()) {
      labels.add(new LabelCandidate(priority, text, t, anchors.get(0), null));
    }
  }
}
