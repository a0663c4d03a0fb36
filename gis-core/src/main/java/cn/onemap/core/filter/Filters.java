package cn.onemap.core.filter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.geotools.api.filter.And;
import org.geotools.api.filter.BinaryLogicOperator;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.Not;
import org.geotools.api.filter.Or;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry points for filter text. */
public final class Filters {
  /** Longer filters are refused before parsing; real ones are a few hundred characters. */
  public static final int MAX_ECQL_LENGTH = 20_000;

  /**
   * Deepest nesting of brackets accepted (as the SLD parser's element depth). gt-cql's parser
   * recurses once per level and overflows the stack near 1,000; real filters nest a few levels.
   */
  public static final int MAX_NESTING = 64;

  private static final Logger log = LoggerFactory.getLogger(Filters.class);
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private Filters() {}

  /**
   * Parses ECQL with GeoTools gt-cql. Parsing builds an expression tree only; nothing is evaluated.
   * Syntax errors become a {@link FilterException} that quotes the parser's position message.
   */
  public static Filter parseEcql(String ecql) {
    if (ecql.length() > MAX_ECQL_LENGTH) {
      throw new FilterException(
          "filter of " + ecql.length() + " characters exceeds the limit of " + MAX_ECQL_LENGTH);
    }
    int depth = nesting(ecql);
    if (depth > MAX_NESTING) {
      log.warn("ECQL refused: brackets nested {} deep (limit {})", depth, MAX_NESTING);
      throw new FilterException(
          "filter nests brackets " + depth + " deep; the limit is " + MAX_NESTING);
    }
    try {
      return flatten(ECQL.toFilter(ecql));
    } catch (CQLException e) {
      String detail = e.getSyntaxError() == null ? e.getMessage() : e.getSyntaxError();
      throw new FilterException("invalid ECQL filter: " + detail.strip(), e);
    } catch (RuntimeException e) {
      throw new FilterException("invalid ECQL filter '" + ecql + "': " + e.getMessage(), e);
    }
  }

  /**
   * gt-cql builds "a OR b OR c …" as nested pairs, a tree as deep as the chain is long (~2,000 at
   * the length cap) that every recursive visitor would overflow on. Chains of one operator become
   * one n-ary node here, walked with an explicit stack; only changes of operator recurse, and those
   * need brackets, which {@link #MAX_NESTING} bounds.
   */
  private static Filter flatten(Filter filter) {
    if (filter instanceof Not not) {
      return FF.not(flatten(not.getFilter()));
    }
    if (!(filter instanceof And || filter instanceof Or)) {
      return filter;
    }
    Class<?> kind = filter instanceof And ? And.class : Or.class;
    var parts = new ArrayList<Filter>();
    var pending = new ArrayDeque<Filter>();
    pending.push(filter);
    while (!pending.isEmpty()) {
      Filter f = pending.pop();
      if (kind.isInstance(f)) {
        List<Filter> children = ((BinaryLogicOperator) f).getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i)); // reversed, so the order of the terms is kept
        }
      } else {
        parts.add(flatten(f));
      }
    }
    return kind == And.class ? FF.and(parts) : FF.or(parts);
  }

  /**
   * The deepest nesting of '(' and '[' outside quoted text ('literal' with '' as the escape,
   * "identifier"), found in one linear pass before the recursive parser sees the text.
   */
  static int nesting(String ecql) {
    int depth = 0;
    int deepest = 0;
    char quote = 0;
    for (int i = 0; i < ecql.length(); i++) {
      char c = ecql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0; // a doubled quote closes and reopens: same result
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }
}
