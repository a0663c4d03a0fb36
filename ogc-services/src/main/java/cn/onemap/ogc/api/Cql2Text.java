package cn.onemap.ogc.api;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates the CQL2 text that gis-core's ECQL parser does not read directly into ECQL: spatial
 * functions {@code S_INTERSECTS(geom, POLYGON(...))} → {@code INTERSECTS(...)}, temporal {@code
 * T_AFTER / T_BEFORE / T_DURING}, {@code TIMESTAMP('…')} / {@code DATE('…')} literals → the quoted
 * instant, {@code INTERVAL('a','b')} → {@code a/b}. String literals are copied verbatim. Array
 * operators, CASEI/ACCENTI and other functions are refused with a 400, never passed on.
 */
public final class Cql2Text {
  private static final Map<String, String> RENAMES =
      Map.ofEntries(
          Map.entry("S_INTERSECTS", "INTERSECTS"),
          Map.entry("S_WITHIN", "WITHIN"),
          Map.entry("S_CONTAINS", "CONTAINS"),
          Map.entry("S_DISJOINT", "DISJOINT"),
          Map.entry("S_EQUALS", "EQUALS"),
          Map.entry("S_TOUCHES", "TOUCHES"),
          Map.entry("S_CROSSES", "CROSSES"),
          Map.entry("S_OVERLAPS", "OVERLAPS"),
          Map.entry("T_AFTER", "AFTER"),
          Map.entry("T_BEFORE", "BEFORE"),
          Map.entry("T_DURING", "DURING"));

  /** Words followed by '(' that are syntax, not functions. */
  private static final Set<String> CALLS =
      Set.of(
          "INTERSECTS",
          "WITHIN",
          "CONTAINS",
          "DISJOINT",
          "EQUALS",
          "TOUCHES",
          "CROSSES",
          "OVERLAPS",
          "POINT",
          "LINESTRING",
          "POLYGON",
          "MULTIPOINT",
          "MULTILINESTRING",
          "MULTIPOLYGON",
          "GEOMETRYCOLLECTION",
          "BBOX",
          "IN",
          "NOT",
          "AND",
          "OR",
          "DWITHIN");

  private Cql2Text() {}

  public static String toEcql(String cql2) {
    var out = new StringBuilder(cql2.length());
    int i = 0;
    int n = cql2.length();
    while (i < n) {
      char c = cql2.charAt(i);
      if (c == '\'') {
        int end = i + 1;
        while (end < n
            && !(cql2.charAt(end) == '\'' && (end + 1 >= n || cql2.charAt(end + 1) != '\''))) {
          end += cql2.charAt(end) == '\'' ? 2 : 1;
        }
        out.append(cql2, i, Math.min(end + 1, n));
        i = end + 1;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (end < n
            && (Character.isLetterOrDigit(cql2.charAt(end)) || cql2.charAt(end) == '_')) {
          end++;
        }
        String word = cql2.substring(i, end);
        String upper = word.toUpperCase(Locale.ROOT);
        int next = end;
        while (next < n && cql2.charAt(next) == ' ') {
          next++;
        }
        boolean call = next < n && cql2.charAt(next) == '(';
        if (call && (upper.equals("TIMESTAMP") || upper.equals("DATE"))) {
          int close = cql2.indexOf(')', next);
          if (close < 0) {
            throw ApiException.badRequest("unclosed " + upper + "(");
          }
          String inner = cql2.substring(next + 1, close).strip();
          out.append(inner.replace("'", ""));
          i = close + 1;
          continue;
        }
        if (call && upper.equals("INTERVAL")) {
          int close = cql2.indexOf(')', next);
          if (close < 0) {
            throw ApiException.badRequest("unclosed INTERVAL(");
          }
          String[] parts = cql2.substring(next + 1, close).replace("'", "").split(",");
          if (parts.length != 2) {
            throw ApiException.badRequest("INTERVAL takes two instants");
          }
          out.append(parts[0].strip()).append('/').append(parts[1].strip());
          i = close + 1;
          continue;
        }
        String renamed = RENAMES.getOrDefault(upper, null);
        if (call && renamed == null && !CALLS.contains(upper)) {
          throw ApiException.badRequest(
              "CQL2 function or operator '"
                  + word
                  + "' is not supported (functions are never evaluated)");
        }
        out.append(renamed != null ? renamed : word);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
