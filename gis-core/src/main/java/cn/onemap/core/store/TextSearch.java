package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;

/**
 * Finds features by the text of their identifying attributes (a case number, a part code, a
 * building or road name): a substring match over the feature id, the layer's name attribute ({@code
 * name}, else its first {@code *_name}) and its identifiers ({@code code}, {@code bgid}, {@code
 * *_id}, {@code *_no}), text attributes without a code list (the names, codes and numbers people
 * type; descriptive and parent-reference attributes are left out), as a parameterized LIKE through
 * the store's filter translation (the text is a literal, never parsed as a filter).
 * Case-insensitive when the text holds Latin letters. Exact matches rank before prefixes, prefixes
 * before the rest. A substring match cannot use a B-tree index: each layer is scanned, bounded by
 * {@code perLayer} rows returned and the store's query timeout.
 */
public final class TextSearch {
  /** Longer search text is refused. */
  public static final int MAX_TEXT_LENGTH = 100;

  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  /** Identifier attributes searched (besides the id and the name). */
  static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("^(code|bgid)$|_(no|id)$");

  /**
   * A found feature.
   *
   * @param attribute the attribute that matched ({@code fid} for the id)
   * @param value that attribute's text
   */
  public record Hit(LayerDefinition layer, Feature feature, String attribute, String value) {}

  private final FeatureStore store;

  public TextSearch(FeatureStore store) {
    this.store = store;
  }

  /**
   * Up to {@code perLayer} features of each layer and {@code max} in all, best matches first.
   *
   * @throws IllegalArgumentException for empty or too long text
   */
  public List<Hit> search(List<LayerDefinition> layers, String text, int perLayer, int max) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "search text must be 1.." + MAX_TEXT_LENGTH + " characters, was " + t.length());
    }
    if (perLayer < 1 || max < 1) {
      throw new IllegalArgumentException("perLayer and max must be >= 1");
    }
    var hits = new ArrayList<Hit>();
    for (LayerDefinition layer : layers) {
      Filter filter = filter(layer, t);
      FeatureQuery q = FeatureQuery.layer(layer.id()).filter(filter).limit(perLayer).build();
      try (FeatureCursor cursor = store.query(q)) {
        while (cursor.hasNext()) {
          Feature f = cursor.next();
          matched(layer, f, t).ifPresent(hits::add);
        }
      }
    }
    String lower = t.toLowerCase(Locale.ROOT);
    // Ties: a match of an attribute called "name" (a road's, a building's) before other names.
    hits.sort(
        Comparator.<Hit>comparingInt(h -> rank(h.value(), lower))
            .thenComparingInt(h -> h.attribute().equals("name") ? 0 : 1));
    return List.copyOf(hits.subList(0, Math.min(max, hits.size())));
  }

  /** The OR of a LIKE '%text%' per searched attribute and the id. */
  static Filter filter(LayerDefinition layer, String text) {
    String pattern = "*" + escape(text) + "*";
    // Case only matters for Latin letters; LOWER() on every row costs a scan of its own.
    boolean matchCase = !text.matches(".*[A-Za-z].*");
    var parts = new ArrayList<Filter>();
    parts.add(FF.like(FF.property("fid"), pattern, "*", "?", "\\", matchCase));
    for (AttributeDefinition a : searched(layer)) {
      parts.add(FF.like(FF.property(a.name()), pattern, "*", "?", "\\", matchCase));
    }
    return parts.size() == 1 ? parts.get(0) : FF.or(parts);
  }

  static List<AttributeDefinition> searched(LayerDefinition layer) {
    List<AttributeDefinition> text =
        layer.attributes().stream()
            .filter(a -> a.type() == AttributeType.STRING && a.codeList() == null)
            .toList();
    Optional<AttributeDefinition> name =
        text.stream()
            .filter(a -> a.name().equals("name"))
            .findFirst()
            .or(() -> text.stream().filter(a -> a.name().endsWith("_name")).findFirst());
    return text.stream()
        .filter(a -> IDENTIFIER.matcher(a.name()).find() || name.filter(a::equals).isPresent())
        .toList();
  }

  /** The OGC pattern's wildcard, single-character and escape characters as literals. */
  static String escape(String text) {
    var sb = new StringBuilder(text.length() + 4);
    for (char c : text.toCharArray()) {
      if (c == '*' || c == '?' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static Optional<Hit> matched(LayerDefinition layer, Feature f, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String best = null;
    String bestValue = null;
    if (f.id().toLowerCase(Locale.ROOT).contains(lower)) {
      best = "fid";
      bestValue = f.id();
    }
    for (AttributeDefinition a : searched(layer)) {
      if (f.attribute(a.name()) instanceof String s
          && s.toLowerCase(Locale.ROOT).contains(lower)
          && (bestValue == null || rank(s, lower) < rank(bestValue, lower))) {
        best = a.name();
        bestValue = s;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Hit(layer, f, best, bestValue));
  }

  /** 0 exact, 1 prefix, 2 elsewhere (case-insensitive). */
  private static int rank(String value, String lower) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.equals(lower) ? 0 : v.startsWith(lower) ? 1 : 2;
  }
}
