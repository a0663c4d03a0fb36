package cn.onemap.tiles.style;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;

/**
 * The style a layer gets when a request names none, chosen by layer kind and geometry type:
 *
 * <ul>
 *   <li>PIPELINE: CJJ 61 colours by the {@code category} code (JS cyan, PS brown, RQ magenta, DL
 *       red, TX green, RL orange, GY black, others grey); lines 2 px, points 6 px circles.
 *   <li>CITY_PART: 6 px circles by {@code major_code} (GB/T 30428.2 major class).
 *   <li>UNIT_GRID: orange outlines, no fill.
 *   <li>BASE: roads (lines) grey with a white casing and their {@code name} as a line-following
 *       label; buildings grey fill; water blue; admin areas dashed purple outlines; other polygons
 *       light outlines; points small grey circles.
 *   <li>ADDRESS: 3 px dots. EVENT: circles coloured by {@code category}.
 *   <li>THEMATIC/ANALYSIS and anything else: a neutral style for the geometry type.
 * </ul>
 *
 * The exact RGB values of CJJ 61's colour names are not fixed by the standard text we could check
 * (see STANDARDS.md): {@link Cjj61Colors} holds them in one place to change.
 */
public final class DefaultStyles {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();
  private static final Color GREY = new Color(0x9E9E9E);

  private DefaultStyles() {}

  public static UserStyle forLayer(LayerDefinition layer) {
    boolean hasCategory = layer.attribute("category").isPresent();
    return switch (layer.kind()) {
      case PIPELINE ->
          hasCategory
              ? byValue(layer, "category", Cjj61Colors.BY_CATEGORY, Cjj61Colors.OTHER)
              : single(layer, Cjj61Colors.OTHER);
      case CITY_PART ->
          layer.attribute("major_code").isPresent()
              ? byValue(layer, "major_code", PART_CLASSES, GREY)
              : single(layer, GREY);
      case UNIT_GRID ->
          UserStyle.of(
              layer.defaultStyle(),
              Rule.of("单元网格", PolygonSymbolizer.of(null, Stroke.of(new Color(0xE65100), 1))));
      case BASE -> base(layer);
      case ADDRESS ->
          UserStyle.of(layer.defaultStyle(), Rule.of(layer.title(), dot(new Color(0x455A64), 3)));
      case EVENT ->
          hasCategory ? byValue(layer, "category", eventColours(), GREY) : single(layer, GREY);
      default -> single(layer, new Color(0x3F51B5));
    };
  }

  private static UserStyle base(LayerDefinition layer) {
    String key = (layer.id() + " " + layer.title()).toLowerCase(Locale.ROOT);
    if (isLine(layer)) {
      List<FeatureTypeStyle> passes = new ArrayList<>();
      Stroke casing = Stroke.of(Color.WHITE, 5).withJoinCap(Stroke.Join.ROUND, Stroke.Cap.ROUND);
      Stroke centre =
          Stroke.of(new Color(0x8C8C8C), 3).withJoinCap(Stroke.Join.ROUND, Stroke.Cap.ROUND);
      // no title: the casing is part of the road, the legend draws it under the centre line
      passes.add(
          new FeatureTypeStyle(
              List.of(Rule.of("casing", new LineSymbolizer(casing)).withTitle(""))));
      List<Symbolizer> top = new ArrayList<>(List.of(new LineSymbolizer(centre)));
      if (layer.attribute("name").isPresent()) {
        top.add(
            new TextSymbolizer(
                "name",
                LabelFont.of(12),
                Fill.of(new Color(0x333333)),
                java.util.Optional.of(new Halo(1.5, Fill.of(Color.WHITE))),
                new LabelPlacement.Line(0, true)));
      }
      passes.add(
          new FeatureTypeStyle(List.of(Rule.of(layer.title(), top.toArray(Symbolizer[]::new)))));
      return new UserStyle(layer.defaultStyle(), layer.title(), passes);
    }
    if (isPolygon(layer)) {
      PolygonSymbolizer p;
      if (key.contains("water") || key.contains("river") || key.contains("水")) {
        p = PolygonSymbolizer.of(Fill.of(new Color(0xA6CEE3)), Stroke.of(new Color(0x5B9BD5), 0.5));
      } else if (key.contains("building") || key.contains("建筑")) {
        p = PolygonSymbolizer.of(Fill.of(new Color(0xD9D9D9)), Stroke.of(new Color(0xB0B0B0), 0.5));
      } else if (key.contains("admin")
          || key.contains("county")
          || key.contains("town")
          || key.contains("district")
          || key.contains("行政")
          || key.contains("区划")) {
        p = PolygonSymbolizer.of(null, Stroke.of(new Color(0x7B1FA2), 1.5).withDash(8, 4));
      } else {
        p = PolygonSymbolizer.of(null, Stroke.of(new Color(0xBDBDBD), 0.8));
      }
      return UserStyle.of(layer.defaultStyle(), Rule.of(layer.title(), p));
    }
    return single(layer, GREY);
  }

  /** One rule per value of {@code property} in its colour, and an else rule in {@code other}. */
  private static UserStyle byValue(
      LayerDefinition layer, String property, Map<String, Color> colours, Color other) {
    List<Rule> rules = new ArrayList<>();
    colours.forEach(
        (value, colour) -> {
          Filter f = FF.equal(FF.property(property), FF.literal(value), true);
          rules.add(Rule.where(value, f, symbolizer(layer, colour)));
        });
    rules.add(Rule.of("其他", symbolizer(layer, other)).asElse());
    return new UserStyle(layer.defaultStyle(), layer.title(), List.of(new FeatureTypeStyle(rules)));
  }

  private static UserStyle single(LayerDefinition layer, Color colour) {
    return UserStyle.of(layer.defaultStyle(), Rule.of(layer.title(), symbolizer(layer, colour)));
  }

  private static Symbolizer symbolizer(LayerDefinition layer, Color colour) {
    if (isLine(layer)) {
      return new LineSymbolizer(
          Stroke.of(colour, 2).withJoinCap(Stroke.Join.ROUND, Stroke.Cap.ROUND));
    }
    if (isPolygon(layer)) {
      return PolygonSymbolizer.of(new Fill(colour, 0.35), Stroke.of(colour, 1));
    }
    return dot(colour, 6);
  }

  private static PointSymbolizer dot(Color colour, double size) {
    return new PointSymbolizer(
        Graphic.of(
            Mark.of(WellKnownMark.CIRCLE, Fill.of(colour), Stroke.of(Color.WHITE, 0.5)), size));
  }

  private static boolean isLine(LayerDefinition l) {
    return l.geometryType() == GeometryType.LINESTRING
        || l.geometryType() == GeometryType.MULTILINESTRING;
  }

  private static boolean isPolygon(LayerDefinition l) {
    return l.geometryType() == GeometryType.POLYGON
        || l.geometryType() == GeometryType.MULTIPOLYGON;
  }

  /** GB/T 30428.2 major classes 01–06 (codes 02–06 unverified, see STANDARDS.md). */
  private static final Map<String, Color> PART_CLASSES =
      orderedMap(
          "01",
          new Color(0x1E88E5),
          "02",
          new Color(0x43A047),
          "03",
          new Color(0xFB8C00),
          "04",
          new Color(0x2E7D32),
          "05",
          new Color(0x8D6E63),
          "06",
          new Color(0x757575));

  /** The sample city's event categories; other categories fall to the else rule. */
  private static Map<String, Color> eventColours() {
    return orderedMap(
        "暴露垃圾", new Color(0x6D4C41),
        "占道经营", new Color(0xE53935),
        "乱张贴小广告", new Color(0x8E24AA),
        "违章停车", new Color(0x1E88E5),
        "店外经营", new Color(0xF4511E),
        "乱堆物堆料", new Color(0x795548),
        "积水", new Color(0x039BE5),
        "施工扰民", new Color(0xFDD835),
        "违法建设", new Color(0xC62828));
  }

  static Map<String, Color> orderedMap(Object... kv) {
    Map<String, Color> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Color) kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
