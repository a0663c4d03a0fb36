package cn.onemap.tiles.render;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.TilesException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryComparisonOperator;
import org.geotools.api.filter.ExcludeFilter;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.IncludeFilter;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.api.filter.PropertyIsBetween;
import org.geotools.api.filter.PropertyIsEqualTo;
import org.geotools.api.filter.PropertyIsGreaterThan;
import org.geotools.api.filter.PropertyIsGreaterThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLessThan;
import org.geotools.api.filter.PropertyIsLessThanOrEqualTo;
import org.geotools.api.filter.PropertyIsLike;
import org.geotools.api.filter.PropertyIsNil;
import org.geotools.api.filter.PropertyIsNotEqualTo;
import org.geotools.api.filter.PropertyIsNull;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.filter.FilterAttributeExtractor;

/**
 * A style rule's filter compiled once per render into a predicate over a feature's attribute map,
 * evaluated in Java (the store query carries only the request's own filter). Supported: INCLUDE,
 * EXCLUDE, And, Or, Not, the six comparisons, Between, Like, IsNull/IsNil, over property names and
 * literals. Property names must exist in the layer schema; functions, arithmetic and spatial
 * operators are refused ({@code INVALID_STYLE}) rather than silently ignored.
 *
 * <p>Comparisons are numeric when both sides are numbers (or one is a number and the other parses
 * as one), else on the string form; any comparison with a null value is false, as in SQL.
 */
public final class AttributeFilter {
  private AttributeFilter() {}

  /** The property names {@code filter} reads. */
  public static Set<String> properties(Filter filter) {
    FilterAttributeExtractor names = new FilterAttributeExtractor();
    filter.accept(names, null);
    return names.getAttributeNameSet();
  }

  /** Compiles {@code filter} against {@code layer}'s schema. */
  public static Predicate<Map<String, Object>> compile(Filter filter, LayerDefinition layer) {
    return new Compiler(layer).filter(filter);
  }

  private record Compiler(LayerDefinition layer) {

    Predicate<Map<String, Object>> filter(Filter f) {
      if (f instanceof IncludeFilter) {
        return a -> true;
      }
      if (f instanceof ExcludeFilter) {
        return a -> false;
      }
      if (f instanceof And and) {
        List<Predicate<Map<String, Object>>> parts = children(and.getChildren());
        return a -> parts.stream().allMatch(p -> p.test(a));
      }
      if (f instanceof Or or) {
        List<Predicate<Map<String, Object>>> parts = children(or.getChildren());
        return a -> parts.stream().anyMatch(p -> p.test(a));
      }
      if (f instanceof Not not) {
        return filter(not.getFilter()).negate();
      }
      if (f instanceof BinaryComparisonOperator c) {
        return comparison(c);
      }
      if (f instanceof PropertyIsBetween b) {
        var value = expression(b.getExpression());
        var low = expression(b.getLowerBoundary());
        var high = expression(b.getUpperBoundary());
        return a -> {
          Integer lo = compare(value.apply(a), low.apply(a));
          Integer hi = compare(value.apply(a), high.apply(a));
          return lo != null && hi != null && lo >= 0 && hi <= 0;
        };
      }
      if (f instanceof PropertyIsLike like) {
        var value = expression(like.getExpression());
        Pattern p =
            likePattern(
                like.getLiteral(),
                like.getWildCard(),
                like.getSingleChar(),
                like.getEscape(),
                like.isMatchingCase());
        return a -> {
          Object v = value.apply(a);
          return v != null && p.matcher(v.toString()).matches();
        };
      }
      if (f instanceof PropertyIsNull n) {
        var value = expression(n.getExpression());
        return a -> value.apply(a) == null;
      }
      if (f instanceof PropertyIsNil n) {
        var value = expression(n.getExpression());
        return a -> value.apply(a) == null;
      }
      throw unsupported("filter " + f.getClass().getSimpleName() + " (" + f + ")");
    }

    private List<Predicate<Map<String, Object>>> children(List<Filter> filters) {
      List<Predicate<Map<String, Object>>> out = new ArrayList<>();
      for (Filter child : filters) {
        out.add(filter(child));
      }
      return List.copyOf(out);
    }

    private Predicate<Map<String, Object>> comparison(BinaryComparisonOperator c) {
      var left = expression(c.getExpression1());
      var right = expression(c.getExpression2());
      boolean matchCase = c.isMatchingCase();
      if (c instanceof PropertyIsEqualTo) {
        return a -> equal(left.apply(a), right.apply(a), matchCase);
      }
      if (c instanceof PropertyIsNotEqualTo) {
        return a -> {
          Object l = left.apply(a);
          Object r = right.apply(a);
          return l != null && r != null && !equal(l, r, matchCase);
        };
      }
      if (c instanceof PropertyIsLessThan) {
        return a -> test(compare(left.apply(a), right.apply(a)), x -> x < 0);
      }
      if (c instanceof PropertyIsLessThanOrEqualTo) {
        return a -> test(compare(left.apply(a), right.apply(a)), x -> x <= 0);
      }
      if (c instanceof PropertyIsGreaterThan) {
        return a -> test(compare(left.apply(a), right.apply(a)), x -> x > 0);
      }
      if (c instanceof PropertyIsGreaterThanOrEqualTo) {
        return a -> test(compare(left.apply(a), right.apply(a)), x -> x >= 0);
      }
      throw unsupported("comparison " + c.getClass().getSimpleName());
    }

    private Function<Map<String, Object>, Object> expression(Expression e) {
      if (e instanceof PropertyName p) {
        String name = p.getPropertyName();
        if (layer.attribute(name).isEmpty()) {
          throw new TilesException(
              "UNKNOWN_PROPERTY",
              "style filter names property '"
                  + name
                  + "', which layer '"
                  + layer.id()
                  + "' does not have",
              Map.of("property", name, "layer", layer.id()),
              null);
        }
        return a -> a.get(name);
      }
      if (e instanceof Literal l) {
        Object v = l.getValue();
        return a -> v;
      }
      throw unsupported("expression " + e + " (only property names and literals are evaluated)");
    }

    private TilesException unsupported(String what) {
      return new TilesException(
          "INVALID_STYLE",
          "style rule uses unsupported " + what + " on layer '" + layer.id() + "'",
          Map.of("layer", layer.id()),
          null);
    }
  }

  private static boolean test(Integer cmp, Predicate<Integer> p) {
    return cmp != null && p.test(cmp);
  }

  static boolean equal(Object l, Object r, boolean matchCase) {
    if (l == null || r == null) {
      return false;
    }
    if (l instanceof Number || r instanceof Number) {
      BigDecimal ln = number(l);
      BigDecimal rn = number(r);
      if (ln != null && rn != null) {
        return ln.compareTo(rn) == 0;
      }
    }
    if (l instanceof Boolean || r instanceof Boolean) {
      return l.toString().equalsIgnoreCase(r.toString());
    }
    return matchCase
        ? l.toString().equals(r.toString())
        : l.toString().equalsIgnoreCase(r.toString());
  }

  /** Sign of l − r, or null when either side is null. */
  static Integer compare(Object l, Object r) {
    if (l == null || r == null) {
      return null;
    }
    BigDecimal ln = number(l);
    BigDecimal rn = number(r);
    if (ln != null && rn != null) {
      return Integer.signum(ln.compareTo(rn));
    }
    return Integer.signum(l.toString().compareTo(r.toString()));
  }

  private static BigDecimal number(Object v) {
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (v instanceof String s && looksNumeric(s.strip())) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * A cheap pre-check: styles compare text codes ("JS", "PS") on every feature, and a thrown
   * NumberFormatException per comparison made rule evaluation the renderer's hottest spot.
   */
  private static boolean looksNumeric(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  static Pattern likePattern(
      String pattern, String wildCard, String singleChar, String escape, boolean matchCase) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      String c = pattern.substring(i, i + 1);
      if (c.equals(escape) && i + 1 < pattern.length()) {
        re.append(Pattern.quote(pattern.substring(i + 1, i + 2)));
        i++;
      } else if (c.equals(wildCard)) {
        re.append(".*");
      } else if (c.equals(singleChar)) {
        re.append('.');
      } else {
        re.append(Pattern.quote(c));
      }
    }
    int flags = Pattern.DOTALL | (matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return Pattern.compile(re.toString(), flags);
  }
}
