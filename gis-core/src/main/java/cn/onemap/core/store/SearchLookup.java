package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search in the index: a B-tree range lookup of the query's key ({@code key <= token <
 * upperBound(key)}) restricted to the (layer, attribute) pairs the caller may read, ordered in the
 * database by match (exact, prefix, inside), then layer priority, then the shorter value, and only
 * then cut to the limit. Rows of one feature (several attributes or positions match) are folded
 * into its best.
 */
final class SearchLookup {
  private SearchLookup() {}

  /**
   * @param searched per layer id, the attributes to search (already restricted to what the caller
   *     may read); layers and attributes not named are never read
   */
  static List<SearchMatch> find(
      Connection c, Map<String, List<String>> searched, String normalizedQuery, int max)
      throws SQLException {
    if (searched.isEmpty()) {
      return List.of();
    }
    String key = SearchText.lookupKey(normalizedQuery);
    boolean cut = key.length() < normalizedQuery.length();
    var sql =
        new StringBuilder(
            "SELECT t.layer_id, t.fid, t.attribute, t.shown,"
                + " CASE WHEN t.pos = 0 AND t.norm_length = ? THEN 0 WHEN t.pos = 0 THEN 1 ELSE 2"
                + " END AS r, s.priority, t.norm_length FROM om_search_token t JOIN"
                + " om_search_layer s ON s.layer_id = t.layer_id WHERE t.token >= ? AND t.token < ?"
                + " AND (");
    var params = new ArrayList<Object>();
    params.add(normalizedQuery.length());
    params.add(key);
    params.add(upperBound(key));
    boolean first = true;
    for (var e : searched.entrySet()) {
      sql.append(first ? "" : " OR ").append("(t.layer_id = ? AND t.attribute IN (");
      params.add(e.getKey());
      for (int i = 0; i < e.getValue().size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
        params.add(e.getValue().get(i));
      }
      sql.append("))");
      first = false;
    }
    sql.append(") ORDER BY r, s.priority, t.norm_length, t.layer_id, t.fid, t.attribute LIMIT ?");
    var found = new ArrayList<SearchMatch>();
    Set<String> seen = new HashSet<>();
    // Rows of one feature come more than once; fetch more until max features or no more rows.
    for (int fetch = Math.max(4 * max, 20); ; fetch *= 4) {
      found.clear();
      seen.clear();
      int rows = 0;
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int i = 1;
        for (Object p : params) {
          ps.setObject(i++, p);
        }
        ps.setInt(i, fetch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows++;
            String value = rs.getString(4);
            int rank = rs.getInt(5);
            if (cut) {
              // The key was the query's first characters: check the rest.
              rank = SearchText.rank(SearchText.normalize(value), normalizedQuery);
              if (rank < 0) {
                continue;
              }
            }
            if (found.size() < max && seen.add(rs.getString(1) + '\u0000' + rs.getString(2))) {
              found.add(
                  new SearchMatch(rs.getString(1), rs.getString(2), rs.getString(3), value, rank));
            }
          }
        }
      }
      if (found.size() >= max || rows < fetch) {
        if (cut) {
          found.sort(java.util.Comparator.comparingInt(SearchMatch::rank));
        }
        return List.copyOf(found);
      }
    }
  }

  /** Restricts each layer's searched attributes to those {@code fields} names and it still has. */
  static Map<String, List<String>> searched(
      List<LayerDefinition> layers, Map<String, SearchFields> fields) {
    var searched = new java.util.LinkedHashMap<String, List<String>>();
    for (LayerDefinition layer : layers) {
      SearchFields f = fields.get(layer.id());
      if (f == null) {
        continue;
      }
      List<String> names =
          f.attributes().stream().filter(a -> layer.attribute(a).isPresent()).toList();
      if (!names.isEmpty()) {
        searched.put(layer.id(), names);
      }
    }
    return searched;
  }

  /**
   * The least string after every string starting with {@code key}: its last code point raised by
   * one. Code point order (PostgreSQL's C collation) and UTF-16 order (H2) agree on it, so the
   * range {@code [key, upperBound)} is the prefix range on both, and a B-tree range scan even in a
   * generic (parameterized) plan.
   */
  static String upperBound(String key) {
    int last = key.codePointBefore(key.length());
    int cut = key.length() - Character.charCount(last);
    return key.substring(0, cut) + new String(Character.toChars(Math.min(last + 1, 0x10FFFF)));
  }
}
