package cn.onemap.tiles.thematic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What thematic map to make of a layer. Its {@link #styleName()} holds every parameter, so the name
 * alone ({@code STYLES=thematic-…} in a WMS GetMap or GetLegendGraphic) lets any portal node build
 * the same style again from the data:
 *
 * <ul>
 *   <li>{@code thematic-category-<attribute>-<palette>}
 *   <li>{@code thematic-graduated-<attribute>-<method>-<classes>-<palette>}
 *   <li>{@code thematic-heat-<radiusPx>-<palette>[-<weightAttribute>]}
 * </ul>
 *
 * @param type category, graduated or heat
 * @param attribute the classified attribute (category, graduated) or the optional heat weight
 * @param method class breaks (graduated; equal interval otherwise ignored)
 * @param classes number of classes (graduated), 2..{@value #MAX_CLASSES}
 * @param palette palette name (see {@link Palettes}); blank for the type's default
 * @param radiusPx heat kernel radius in pixels, 2..{@value #MAX_RADIUS}
 */
public record ThematicSpec(
    Type type,
    Optional<String> attribute,
    ClassMethod method,
    int classes,
    String palette,
    int radiusPx) {
  public static final String PREFIX = "thematic-";
  public static final int MAX_CLASSES = 12;
  public static final int MAX_RADIUS = 100;
  public static final int DEFAULT_CLASSES = 5;
  public static final int DEFAULT_RADIUS = 20;
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]{0,47}");

  /** The kinds of thematic map. */
  public enum Type {
    CATEGORY,
    GRADUATED,
    HEAT;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Type> parse(String s) {
      if (s == null) {
        return Optional.empty();
      }
      for (Type t : values()) {
        if (t.key().equalsIgnoreCase(s.strip())) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  public ThematicSpec {
    if (type == null) {
      throw invalid("type", "type must be category, graduated or heat");
    }
    attribute = attribute.map(String::strip).filter(a -> !a.isEmpty());
    attribute.ifPresent(
        a -> {
          if (!ATTRIBUTE.matcher(a).matches()) {
            throw invalid("attribute", "'" + abbreviate(a) + "' is not an attribute name");
          }
        });
    if (type != Type.HEAT && attribute.isEmpty()) {
      throw invalid("attribute", "a " + type.key() + " map needs an attribute");
    }
    method = method == null ? ClassMethod.EQUAL_INTERVAL : method;
    if (type == Type.GRADUATED && (classes < 2 || classes > MAX_CLASSES)) {
      throw invalid("classes", "classes must be 2.." + MAX_CLASSES + ", was " + classes);
    }
    if (type != Type.GRADUATED) {
      classes = 0;
      method = ClassMethod.EQUAL_INTERVAL;
    }
    if (type == Type.HEAT && (radiusPx < 2 || radiusPx > MAX_RADIUS)) {
      throw invalid("radius", "radius must be 2.." + MAX_RADIUS + " px, was " + radiusPx);
    }
    if (type != Type.HEAT) {
      radiusPx = 0;
    }
    palette = palette == null || palette.isBlank() ? defaultPalette(type) : palette.strip();
    var names =
        switch (type) {
          case CATEGORY -> Palettes.qualitativeNames();
          case GRADUATED -> Palettes.sequentialNames();
          case HEAT -> Palettes.heatNames();
        };
    if (!names.contains(palette)) {
      throw invalid(
          "palette",
          "palette '"
              + abbreviate(palette)
              + "' is not one of "
              + String.join(", ", names)
              + " for a "
              + type.key()
              + " map");
    }
  }

  public static ThematicSpec category(String attribute, String palette) {
    return new ThematicSpec(Type.CATEGORY, Optional.of(attribute), null, 0, palette, 0);
  }

  public static ThematicSpec graduated(
      String attribute, ClassMethod method, int classes, String palette) {
    return new ThematicSpec(Type.GRADUATED, Optional.of(attribute), method, classes, palette, 0);
  }

  public static ThematicSpec heat(Optional<String> weight, int radiusPx, String palette) {
    return new ThematicSpec(Type.HEAT, weight, null, 0, palette, radiusPx);
  }

  static String defaultPalette(Type type) {
    return switch (type) {
      case CATEGORY -> Palettes.DEFAULT_QUALITATIVE;
      case GRADUATED -> Palettes.DEFAULT_SEQUENTIAL;
      case HEAT -> Palettes.DEFAULT_HEAT;
    };
  }

  /** The style name that stands for this spec (see the class comment). */
  public String styleName() {
    return switch (type) {
      case CATEGORY -> PREFIX + "category-" + attribute.get() + "-" + palette;
      case GRADUATED ->
          PREFIX
              + "graduated-"
              + attribute.get()
              + "-"
              + method.key()
              + "-"
              + classes
              + "-"
              + palette;
      case HEAT ->
          PREFIX + "heat-" + radiusPx + "-" + palette + attribute.map(a -> "-" + a).orElse("");
    };
  }

  /** Whether a style name is a thematic one (to be parsed by {@link #parse}). */
  public static boolean isThematic(String styleName) {
    return styleName != null && styleName.startsWith(PREFIX);
  }

  /** The spec a style name stands for; empty when the name is not a well-formed thematic name. */
  public static Optional<ThematicSpec> parse(String styleName) {
    if (!isThematic(styleName) || styleName.length() > 200) {
      return Optional.empty();
    }
    String[] p = styleName.substring(PREFIX.length()).split("-", -1);
    try {
      Optional<Type> type = Type.parse(p[0]);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      ThematicSpec spec =
          switch (type.get()) {
            case CATEGORY -> p.length == 3 ? category(p[1], p[2]) : null;
            case GRADUATED ->
                p.length == 5
                    ? graduated(
                        p[1],
                        ClassMethod.parse(p[2]).orElseThrow(IllegalArgumentException::new),
                        Integer.parseInt(p[3]),
                        p[4])
                    : null;
            case HEAT ->
                p.length == 3 || p.length == 4
                    ? heat(
                        p.length == 4 ? Optional.of(p[3]) : Optional.empty(),
                        Integer.parseInt(p[1]),
                        p[2])
                    : null;
          };
      // only the canonical spelling, so one style has one name (and one cache entry)
      return Optional.ofNullable(spec).filter(s -> s.styleName().equals(styleName));
    } catch (IllegalArgumentException e) { // includes NumberFormatException and ThematicException
      return Optional.empty();
    } catch (ThematicException e) {
      return Optional.empty();
    }
  }

  private static ThematicException invalid(String parameter, String message) {
    return new ThematicException(message, Map.of("parameter", parameter));
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
