package cn.onemap.tiles.thematic;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.style.FeatureTypeStyle;
import cn.onemap.tiles.style.Fill;
import cn.onemap.tiles.style.Graphic;
import cn.onemap.tiles.style.HeatmapSymbolizer;
import cn.onemap.tiles.style.LineSymbolizer;
import cn.onemap.tiles.style.Mark;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.Rule;
import cn.onemap.tiles.style.Stroke;
import cn.onemap.tiles.style.Style;
import cn.onemap.tiles.style.Symbolizer;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.style.WellKnownMark;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;

/**
 * Makes thematic styles from a layer's data, now or as of a date (see {@link ThematicSpec}):
 *
 * <ul>
 *   <li>category: one rule per distinct value (at most {@value #MAX_CATEGORIES}: the most frequent;
 *       the rest, and empty values, fall to an else rule "其他"), in code-list order with the code
 *       list's colours and names when the attribute has a code list (三调 land-use colours), else in
 *       value order with a qualitative palette;
 *   <li>graduated: a numeric attribute in classes by equal interval, quantile or Jenks, a
 *       sequential palette, rules {@code lower ≤ v < upper} (the last class closed);
 *   <li>heat: a {@link HeatmapSymbolizer} with the kernel radius, optional weight and ramp.
 * </ul>
 *
 * At most {@value #MAX_SCAN} features are read per style. Styles are cached per layer and name for
 * {@link #TTL_NANOS} ns (a WMS map and its legend ask for the same style in quick succession); the
 * data may change meanwhile, so a style is at most that old. Thread-safe.
 */
public final class ThematicStyles {
  public static final int MAX_CATEGORIES = 50;
  public static final long MAX_SCAN = 200_000;
  static final long TTL_NANOS = 120_000_000_000L;
  static final int CACHE_SIZE = 128;
  public static final String OTHER = "其他";
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private final FeatureStore store;
  private final Map<String, Cached> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private record Cached(Thematic thematic, long at) {}

  public ThematicStyles(FeatureStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The style a thematic style name stands for; empty when the name is not a valid one. */
  public Optional<Thematic> byName(
      LayerDefinition layer, String styleName, Optional<Instant> asOf) {
    return ThematicSpec.parse(styleName).map(spec -> make(layer, spec, asOf));
  }

  /**
   * The thematic style of {@code layer} (cached for a short while), its categories or class breaks
   * from the features as they were at {@code asOf} (empty: as they are now), so that a map drawn as
   * of a past date is classified by that date's data.
   */
  public Thematic make(LayerDefinition layer, ThematicSpec spec, Optional<Instant> asOf) {
    Optional<Instant> at = layer.versioned() ? asOf : Optional.empty();
    String key = layer.id() + "/" + spec.styleName() + at.map(t -> "@" + t).orElse("");
    long now = System.nanoTime();
    synchronized (cache) {
      Cached c = cache.get(key);
      if (c != null && now - c.at() < TTL_NANOS) {
        return c.thematic();
      }
    }
    Thematic t =
        switch (spec.type()) {
          case CATEGORY -> category(layer, spec, at);
          case GRADUATED -> graduated(layer, spec, at);
          case HEAT -> heat(layer, spec);
        };
    synchronized (cache) {
      cache.put(key, new Cached(t, now));
    }
    return t;
  }

  private AttributeDefinition attribute(LayerDefinition layer, ThematicSpec spec) {
    String name = spec.attribute().orElseThrow();
    return layer
        .attribute(name)
        .orElseThrow(
            () ->
                new ThematicException(
                    "layer '" + layer.id() + "' has no attribute '" + name + "'",
                    Map.of("parameter", "attribute", "attribute", name, "layer", layer.id())));
  }

  private Thematic category(LayerDefinition layer, ThematicSpec spec, Optional<Instant> asOf) {
    AttributeDefinition a = attribute(layer, spec);
    Map<String, Long> counts = new HashMap<>();
    long[] nulls = {0};
    Scan scan =
        scan(
            layer,
            a.name(),
            asOf,
            v -> {
              if (v == null || v.toString().isBlank()) {
                nulls[0]++;
              } else {
                counts.merge(v.toString(), 1L, Long::sum);
              }
            });
    Optional<CodeList> codes = Optional.ofNullable(a.codeList()).flatMap(store::codeList);
    List<String> values = new ArrayList<>(counts.keySet());
    long rest = nulls[0];
    if (values.size() > MAX_CATEGORIES) {
      values.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
      for (String v : values.subList(MAX_CATEGORIES, values.size())) {
        rest += counts.get(v);
      }
      values = new ArrayList<>(values.subList(0, MAX_CATEGORIES));
    }
    values.sort(order(codes, a.type().isNumeric()));
    List<Color> palette = Palettes.qualitative(spec.palette(), values.size());
    List<Rule> rules = new ArrayList<>();
    List<ThematicClass> classes = new ArrayList<>();
    int next = 0;
    for (String v : values) {
      Optional<CodeEntry> entry = codes.flatMap(c -> c.entry(v));
      Color colour =
          entry.map(CodeEntry::colour).filter(Objects::nonNull).map(Style::color).orElse(null);
      if (colour == null) {
        colour = palette.get(next++);
      }
      String label = entry.map(CodeEntry::name).orElse(v);
      Filter f = FF.equal(FF.property(a.name()), FF.literal(v), true);
      rules.add(Rule.where(v, f, symbolizer(layer, colour)).withTitle(label));
      classes.add(new ThematicClass(label, Style.hex(colour), counts.get(v)));
    }
    if (rest > 0 || values.isEmpty()) {
      Color grey = new Color(0xBDBDBD);
      rules.add(Rule.of("other", symbolizer(layer, grey)).asElse().withTitle(OTHER));
      classes.add(new ThematicClass(OTHER, Style.hex(grey), rest));
    }
    return result(layer, spec, a, rules, classes, scan);
  }

  private static Comparator<String> order(Optional<CodeList> codes, boolean numeric) {
    if (codes.isPresent()) {
      List<String> list = codes.get().codes();
      return Comparator.comparingInt(
              (String v) -> list.indexOf(v) < 0 ? Integer.MAX_VALUE : list.indexOf(v))
          .thenComparing(v -> v);
    }
    if (numeric) {
      return Comparator.comparing(ThematicStyles::number);
    }
    return Comparator.naturalOrder();
  }

  private Thematic graduated(LayerDefinition layer, ThematicSpec spec, Optional<Instant> asOf) {
    AttributeDefinition a = attribute(layer, spec);
    if (!a.type().isNumeric()) {
      throw new ThematicException(
          "attribute '" + a.name() + "' is " + a.type() + ": a graduated map needs a number",
          Map.of("parameter", "attribute", "attribute", a.name()));
    }
    double[][] buf = {new double[1024]};
    int[] n = {0};
    Scan scan =
        scan(
            layer,
            a.name(),
            asOf,
            v -> {
              if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
                if (n[0] == buf[0].length) {
                  buf[0] = java.util.Arrays.copyOf(buf[0], n[0] * 2);
                }
                buf[0][n[0]++] = num.doubleValue();
              }
            });
    if (n[0] == 0) {
      throw new ThematicException(
          "attribute '" + a.name() + "' of layer '" + layer.id() + "' has no values to classify",
          Map.of("parameter", "attribute", "attribute", a.name()));
    }
    double[] values = java.util.Arrays.copyOf(buf[0], n[0]);
    double[] bounds = ClassBreaks.of(values, spec.classes(), spec.method());
    int k = bounds.length - 1;
    long[] counts = new long[k];
    for (double v : values) {
      counts[classOf(bounds, v)]++;
    }
    List<Color> colours = Palettes.sequential(spec.palette(), k);
    boolean whole = a.type() != cn.onemap.core.catalog.AttributeType.DOUBLE;
    List<Rule> rules = new ArrayList<>();
    List<ThematicClass> classes = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      boolean last = i == k - 1;
      Filter lower = FF.greaterOrEqual(FF.property(a.name()), FF.literal(bounds[i]));
      Filter upper =
          last
              ? FF.lessOrEqual(FF.property(a.name()), FF.literal(bounds[i + 1]))
              : FF.less(FF.property(a.name()), FF.literal(bounds[i + 1]));
      String label = format(bounds[i], whole) + " – " + format(bounds[i + 1], whole);
      rules.add(
          Rule.where("class" + (i + 1), FF.and(lower, upper), symbolizer(layer, colours.get(i)))
              .withTitle(label));
      classes.add(new ThematicClass(label, Style.hex(colours.get(i)), counts[i]));
    }
    return result(layer, spec, a, rules, classes, scan);
  }

  static int classOf(double[] bounds, double v) {
    for (int i = 1; i < bounds.length - 1; i++) {
      if (v < bounds[i]) {
        return i - 1;
      }
    }
    return bounds.length - 2;
  }

  private Thematic heat(LayerDefinition layer, ThematicSpec spec) {
    Optional<String> weight = spec.attribute();
    if (weight.isPresent()) {
      AttributeDefinition a = attribute(layer, spec);
      if (!a.type().isNumeric()) {
        throw new ThematicException(
            "heat map weight '" + a.name() + "' is " + a.type() + ", not a number",
            Map.of("parameter", "weight", "attribute", a.name()));
      }
    }
    List<HeatmapSymbolizer.Stop> ramp = Palettes.heat(spec.palette());
    HeatmapSymbolizer h = new HeatmapSymbolizer(spec.radiusPx(), weight, ramp, 0.85);
    String title = "热力图（低 → 高）";
    Rule rule = Rule.of("heat", h).withTitle(title);
    List<ThematicClass> classes =
        List.of(
            new ThematicClass("低", Style.hex(ramp.get(1).color()), 0),
            new ThematicClass("高", Style.hex(ramp.get(ramp.size() - 1).color()), 0));
    UserStyle style =
        new UserStyle(
            spec.styleName(), layer.title() + " 热力图", List.of(new FeatureTypeStyle(List.of(rule))));
    return new Thematic(spec, style, classes, 0, false);
  }

  private static Thematic result(
      LayerDefinition layer,
      ThematicSpec spec,
      AttributeDefinition a,
      List<Rule> rules,
      List<ThematicClass> classes,
      Scan scan) {
    String what = a.label() == null || a.label().isBlank() ? a.name() : a.label();
    UserStyle style =
        new UserStyle(
            spec.styleName(), layer.title() + " · " + what, List.of(new FeatureTypeStyle(rules)));
    return new Thematic(spec, style, classes, scan.features(), scan.truncated());
  }

  /** The symbolizer of a class colour for the layer's geometry. */
  static Symbolizer symbolizer(LayerDefinition layer, Color colour) {
    GeometryType t = layer.geometryType();
    if (t == GeometryType.POLYGON || t == GeometryType.MULTIPOLYGON) {
      return PolygonSymbolizer.of(new Fill(colour, 0.9), Stroke.of(colour.darker(), 0.6));
    }
    if (t == GeometryType.LINESTRING || t == GeometryType.MULTILINESTRING) {
      return new LineSymbolizer(
          Stroke.of(colour, 2.5).withJoinCap(Stroke.Join.ROUND, Stroke.Cap.ROUND));
    }
    return new PointSymbolizer(
        Graphic.of(Mark.of(WellKnownMark.CIRCLE, Fill.of(colour), Stroke.of(Color.WHITE, 0.8)), 8));
  }

  private record Scan(long features, boolean truncated) {}

  private Scan scan(
      LayerDefinition layer,
      String attribute,
      Optional<Instant> asOf,
      java.util.function.Consumer<Object> v) {
    FeatureQuery.Builder query = FeatureQuery.layer(layer.id()).properties(List.of(attribute));
    asOf.ifPresent(query::asOf);
    FeatureQuery q = query.build();
    long n = 0;
    try (FeatureCursor cursor = store.query(q)) {
      while (cursor.hasNext()) {
        Feature f = cursor.next();
        if (++n > MAX_SCAN) {
          return new Scan(MAX_SCAN, true);
        }
        v.accept(f.attribute(attribute));
      }
    }
    return new Scan(n, false);
  }

  private static double number(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A bound as a legend shows it: whole numbers for whole-number attributes, else 2 decimals. */
  static String format(double v, boolean whole) {
    if (whole) {
      return Long.toString(Math.round(v));
    }
    BigDecimal d =
        BigDecimal.valueOf(v).setScale(Math.abs(v) >= 100 ? 0 : 2, java.math.RoundingMode.HALF_UP);
    return d.stripTrailingZeros().toPlainString();
  }
}
