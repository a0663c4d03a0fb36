package cn.onemap.tiles.sld;

import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.LabelPlacement;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.Style;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.TextSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.util.Locale;
import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.PropertyIsGreaterThan;
import org.geotools.api.filter.PropertyIsGreaterThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLessThan;
import org.geotools.api.filter.PropertyIsLessThanOrEqualTo;
import org.geotools.api.filter.PropertyIsNotEqualTo;
import org.geotools.api.filter.PropertyIsNull;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;

/**
 * Writes a {@link UserStyle} as an SLD 1.0.0 document (one NamedLayer) that {@link SldParser} reads
 * back to an equal style, and that GeoServer and QGIS read too. Filters: the comparisons, Between,
 * Null, And, Or, Not over PropertyName and Literal (what {@link FilterReader} reads); other filters
 * are refused. A {@link HeatmapSymbolizer} is written as GeoServer's {@code vec:Heatmap} rendering
 * transformation on its FeatureTypeStyle with a RasterSymbolizer ColorMap, so a FeatureTypeStyle
 * holds either heat maps or geometry symbolizers, not both. Thread-safe (no state).
 */
public final class SldWriter {
  private SldWriter() {}

  /** The document: {@code layerName}'s NamedLayer holding {@code style}. */
  public static String write(String layerName, UserStyle style) {
    Xml x = new Xml();
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.raw(
        "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\""
            + " xmlns:ogc=\"http://www.opengis.net/ogc\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://www.opengis.net/sld"
            + " http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd\">\n");
    x.open("NamedLayer");
    x.text("Name", layerName);
    x.open("UserStyle");
    x.text("Name", style.name());
    if (!style.title().isBlank()) {
      x.text("Title", style.title());
    }
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      featureTypeStyle(x, fts);
    }
    x.close("UserStyle");
    x.close("NamedLayer");
    x.raw("</StyledLayerDescriptor>\n");
    return x.toString();
  }

  private static void featureTypeStyle(Xml x, FeatureTypeStyle fts) {
    x.open("FeatureTypeStyle");
    HeatmapSymbolizer heat = null;
    for (Rule r : fts.rules()) {
      for (Symbolizer s : r.symbolizers()) {
        if (s instanceof HeatmapSymbolizer h) {
          if (heat != null
              && (heat.radiusPx() != h.radiusPx()
                  || !heat.weightProperty().equals(h.weightProperty()))) {
            throw new IllegalArgumentException(
                "heat maps of one FeatureTypeStyle must share radius and weight");
          }
          heat = h;
        }
      }
    }
    if (heat != null) {
      transformation(x, heat);
    }
    for (Rule r : fts.rules()) {
      rule(x, r, heat != null);
    }
    x.close("FeatureTypeStyle");
  }

  private static void transformation(Xml x, HeatmapSymbolizer h) {
    x.open("Transformation");
    x.raw(x.indent() + "<ogc:Function name=\"" + HeatmapReader.FUNCTION + "\">\n");
    x.depth++;
    parameter(x, "data", null);
    h.weightProperty().ifPresent(w -> parameter(x, "weightAttr", w));
    parameter(x, "radiusPixels", number(h.radiusPx()));
    parameter(x, "pixelsPerCell", "1");
    x.depth--;
    x.raw(x.indent() + "</ogc:Function>\n");
    x.close("Transformation");
  }

  private static void parameter(Xml x, String name, String value) {
    StringBuilder b = new StringBuilder(x.indent());
    b.append("<ogc:Function name=\"parameter\"><ogc:Literal>")
        .append(Xml.escape(name))
        .append("</ogc:Literal>");
    if (value != null) {
      b.append("<ogc:Literal>").append(Xml.escape(value)).append("</ogc:Literal>");
    }
    b.append("</ogc:Function>\n");
    x.raw(b.toString());
  }

  private static void rule(Xml x, Rule r, boolean heatPass) {
    x.open("Rule");
    if (!r.name().isBlank()) {
      x.text("Name", r.name());
    }
    if (!r.title().isBlank()) {
      x.text("Title", r.title());
    }
    if (r.elseFilter()) {
      x.raw(x.indent() + "<ElseFilter/>\n");
    }
    r.filter()
        .ifPresent(
            f -> {
              x.open("ogc:Filter");
              filter(x, f);
              x.close("ogc:Filter");
            });
    if (r.minScaleDenominator() > 0) {
      x.text("MinScaleDenominator", number(r.minScaleDenominator()));
    }
    if (r.maxScaleDenominator() != Double.POSITIVE_INFINITY) {
      x.text("MaxScaleDenominator", number(r.maxScaleDenominator()));
    }
    for (Symbolizer s : r.symbolizers()) {
      if (heatPass != (s instanceof HeatmapSymbolizer)) {
        throw new IllegalArgumentException(
            "a FeatureTypeStyle with a heat map cannot hold other symbolizers (rule '"
                + r.name()
                + "')");
      }
      symbolizer(x, s);
    }
    x.close("Rule");
  }

  private static void symbolizer(Xml x, Symbolizer s) {
    if (s instanceof PolygonSymbolizer p) {
      x.open("PolygonSymbolizer");
      p.fill().ifPresent(f -> fill(x, f));
      p.stroke().ifPresent(st -> stroke(x, st));
      x.close("PolygonSymbolizer");
    } else if (s instanceof LineSymbolizer l) {
      x.open("LineSymbolizer");
      stroke(x, l.stroke());
      x.close("LineSymbolizer");
    } else if (s instanceof PointSymbolizer p) {
      x.open("PointSymbolizer");
      graphic(x, p.graphic());
      x.close("PointSymbolizer");
    } else if (s instanceof TextSymbolizer t) {
      text(x, t);
    } else if (s instanceof HeatmapSymbolizer h) {
      x.open("RasterSymbolizer");
      x.text("Opacity", number(h.opacity()));
      x.open("ColorMap type=\"ramp\"", "ColorMap");
      for (HeatmapSymbolizer.Stop stop : h.ramp()) {
        x.raw(
            x.indent()
                + "<ColorMapEntry color=\""
                + Style.hex(stop.color())
                + "\" quantity=\""
                + number(stop.quantity())
                + "\" opacity=\""
                + number(stop.opacity())
                + "\"/>\n");
      }
      x.close("ColorMap");
      x.close("RasterSymbolizer");
    }
  }

  private static void graphic(Xml x, Graphic g) {
    x.open("Graphic");
    x.open("Mark");
    x.text("WellKnownName", g.mark().shape().sldName());
    g.mark().fill().ifPresent(f -> fill(x, f));
    g.mark().stroke().ifPresent(st -> stroke(x, st));
    x.close("Mark");
    if (g.opacity() != 1) {
      x.text("Opacity", number(g.opacity()));
    }
    x.text("Size", number(g.size()));
    if (g.rotation() != 0) {
      x.text("Rotation", number(g.rotation()));
    }
    x.close("Graphic");
  }

  private static void fill(Xml x, Fill f) {
    x.open("Fill");
    x.css("fill", Style.hex(f.color()));
    if (f.opacity() != 1) {
      x.css("fill-opacity", number(f.opacity()));
    }
    x.close("Fill");
  }

  private static void stroke(Xml x, Stroke s) {
    x.open("Stroke");
    x.css("stroke", Style.hex(s.color()));
    if (s.opacity() != 1) {
      x.css("stroke-opacity", number(s.opacity()));
    }
    x.css("stroke-width", number(s.width()));
    if (s.lineJoin() != Stroke.Join.MITRE) {
      x.css("stroke-linejoin", s.lineJoin().name().toLowerCase(Locale.ROOT));
    }
    if (s.lineCap() != Stroke.Cap.BUTT) {
      x.css("stroke-linecap", s.lineCap().name().toLowerCase(Locale.ROOT));
    }
    float[] dash = s.dashArray();
    if (dash.length > 0) {
      StringBuilder b = new StringBuilder();
      for (float d : dash) {
        b.append(b.isEmpty() ? "" : " ").append(number(d));
      }
      x.css("stroke-dasharray", b.toString());
    }
    x.close("Stroke");
  }

  private static void text(Xml x, TextSymbolizer t) {
    x.open("TextSymbolizer");
    x.open("Label");
    x.text("ogc:PropertyName", t.labelProperty());
    x.close("Label");
    x.open("Font");
    x.css("font-family", t.font().family());
    x.css("font-size", number(t.font().size()));
    x.css("font-style", t.font().italic() ? "italic" : "normal");
    x.css("font-weight", t.font().bold() ? "bold" : "normal");
    x.close("Font");
    x.open("LabelPlacement");
    if (t.placement() instanceof LabelPlacement.Line l) {
      x.open("LinePlacement");
      x.text("PerpendicularOffset", number(l.perpendicularOffset()));
      x.close("LinePlacement");
    } else if (t.placement() instanceof LabelPlacement.Point p) {
      x.open("PointPlacement");
      x.open("AnchorPoint");
      x.text("AnchorPointX", number(p.anchorX()));
      x.text("AnchorPointY", number(p.anchorY()));
      x.close("AnchorPoint");
      x.open("Displacement");
      x.text("DisplacementX", number(p.displacementX()));
      x.text("DisplacementY", number(p.displacementY()));
      x.close("Displacement");
      x.text("Rotation", number(p.rotation()));
      x.close("PointPlacement");
    }
    x.close("LabelPlacement");
    t.halo()
        .ifPresent(
            h -> {
              x.open("Halo");
              x.text("Radius", number(h.radius()));
              fill(x, h.fill());
              x.close("Halo");
            });
    fill(x, t.fill());
    if (t.placement() instanceof LabelPlacement.Line l && l.followLine()) {
      x.raw(x.indent() + "<VendorOption name=\"followLine\">true</VendorOption>\n");
    }
    x.close("TextSymbolizer");
  }

  private static void filter(Xml x, Filter f) {
    if (f instanceof And a) {
      logic(x, "ogc:And", a.getChildren());
    } else if (f instanceof Or o) {
      logic(x, "ogc:Or", o.getChildren());
    } else if (f instanceof Not n) {
      x.open("ogc:Not");
      filter(x, n.getFilter());
      x.close("ogc:Not");
    } else if (f instanceof PropertyIsBetween b) {
      x.open("ogc:PropertyIsBetween");
      expression(x, b.getExpression());
      x.open("ogc:LowerBoundary");
      expression(x, b.getLowerBoundary());
      x.close("ogc:LowerBoundary");
      x.open("ogc:UpperBoundary");
      expression(x, b.getUpperBoundary());
      x.close("ogc:UpperBoundary");
      x.close("ogc:PropertyIsBetween");
    } else if (f instanceof PropertyIsNull n) {
      x.open("ogc:PropertyIsNull");
      expression(x, n.getExpression());
      x.close("ogc:PropertyIsNull");
    } else if (f instanceof BinaryComparisonOperator c) {
      String name = comparison(c);
      x.open(c.isMatchingCase() ? name : name + " matchCase=\"false\"", name);
      expression(x, c.getExpression1());
      expression(x, c.getExpression2());
      x.close(name);
    } else {
      throw new IllegalArgumentException(
          "filter " + f.getClass().getSimpleName() + " cannot be written as SLD");
    }
  }

  private static String comparison(BinaryComparisonOperator c) {
    if (c instanceof PropertyIsEqualTo) {
      return "ogc:PropertyIsEqualTo";
    } else if (c instanceof PropertyIsNotEqualTo) {
      return "ogc:PropertyIsNotEqualTo";
    } else if (c instanceof PropertyIsLessThanOrEqualTo) {
      return "ogc:PropertyIsLessThanOrEqualTo";
    } else if (c instanceof PropertyIsLessThan) {
      return "ogc:PropertyIsLessThan";
    } else if (c instanceof PropertyIsGreaterThanOrEqualTo) {
      return "ogc:PropertyIsGreaterThanOrEqualTo";
    } else if (c instanceof PropertyIsGreaterThan) {
      return "ogc:PropertyIsGreaterThan";
    }
    throw new IllegalArgumentException(
        "comparison " + c.getClass().getSimpleName() + " cannot be written as SLD");
  }

  private static void logic(Xml x, String tag, java.util.List<Filter> children) {
    x.open(tag);
    for (Filter c : children) {
      filter(x, c);
    }
    x.close(tag);
  }

  private static void expression(Xml x, Expression e) {
    if (e instanceof PropertyName p) {
      x.text("ogc:PropertyName", p.getPropertyName());
    } else if (e instanceof Literal l) {
      Object v = l.getValue();
      x.text(
          "ogc:Literal",
          v instanceof Double || v instanceof Float
              ? number(((Number) v).doubleValue())
              : String.valueOf(v));
    } else {
      throw new IllegalArgumentException(
          "expression " + e + " cannot be written as SLD (only properties and literals)");
    }
  }

  /** A number as SLD writes it: no trailing ".0" on whole values, no exponent. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A tiny indenting XML builder. */
  private static final class Xml {
    private final StringBuilder out = new StringBuilder(4096);
    int depth = 1;

    String indent() {
      return "  ".repeat(depth);
    }

    void raw(String s) {
      out.append(s);
    }

    void open(String tag) {
      open(tag, tag);
    }

    void open(String tagWithAttributes, String tag) {
      out.append(indent()).append('<').append(tagWithAttributes).append(">\n");
      depth++;
    }

    void close(String tag) {
      depth--;
      out.append(indent()).append("</").append(tag).append(">\n");
    }

    void text(String tag, String value) {
      out.append(indent())
          .append('<')
          .append(tag)
          .append('>')
          .append(escape(value))
          .append("</")
          .append(tag)
          .append(">\n");
    }

    void css(String name, String value) {
      out.append(indent())
          .append("<CssParameter name=\"")
          .append(name)
          .append("\">")
          .append(escape(value))
          .append("</CssParameter>\n");
    }

    static String escape(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> b.append("&lt;");
          case '>' -> b.append("&gt;");
          case '&' -> b.append("&amp;");
          case '"' -> b.append("&quot;");
          case '\'' -> b.append("&apos;");
          default -> {
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
              continue; // not representable in XML 1.0
            }
            b.append(c);
          }
        }
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
