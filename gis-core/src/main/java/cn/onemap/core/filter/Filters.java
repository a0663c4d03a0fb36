package cn.onemap.core.filter;

import org.geotools.api.filter.Filter;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/** Entry points for filter text. */
public final class Filters {
  /** Longer filters are refused before parsing; real ones are a few hundred characters. */
  public static final int MAX_ECQL_LENGTH = 20_000;

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
    try {
      return ECQL.toFilter(ecql);
    } catch (CQLException e) {
      String detail = e.getSyntaxError() == null ? e.getMessage() : e.getSyntaxError();
      throw new FilterException("invalid ECQL filter: " + detail.strip(), e);
    } catch (RuntimeException e) {
      throw new FilterException("invalid ECQL filter '" + ecql + "': " + e.getMessage(), e);
    }
  }
}
