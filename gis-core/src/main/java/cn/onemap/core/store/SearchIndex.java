package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the feature search index ({@code om_search_token}, see {@link SearchText}) on the caller's
 * connection, inside the caller's transaction: the store calls it from every write of a feature's
 * current version, so the index commits or rolls back with the data. Also the catalog side ({@code
 * om_search_layer}, {@code om_search_attribute}) and the rebuild of a layer's tokens.
 */
final class SearchIndex {
  /** Rows inserted per JDBC batch. */
  private static final int BATCH = 1_000;

  /** Rows read per round trip when a layer is (re)indexed from its table. */
  private static final int PAGE = 5_000;

  private static final String INSERT =
      "INSERT INTO om_search_token (token, layer_id, fid, attribute, pos, norm_length, shown)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private SearchIndex() {}

  // --- catalog -------------------------------------------------------------------------------

  static Map<String, SearchFields> loadFields(Connection c) throws SQLException {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT layer_id, name FROM om_search_attribute ORDER BY layer_id, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        attributes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    Map<String, SearchFields> fields = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT layer_id, priority FROM om_search_layer ORDER BY layer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        fields.put(id, new SearchFields(id, rs.getInt(2), attributes.getOrDefault(id, List.of())));
      }
    }
    return fields;
  }

  /** Replaces the layer's search metadata (not its tokens: see {@link #index}). */
  static void putFields(Connection c, SearchFields fields) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM om_search_layer WHERE layer_id = ?")) {
      ps.setString(1, fields.layerId());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO om_search_layer (layer_id, priority) VALUES (?, ?)")) {
      ps.setString(1, fields.layerId());
      ps.setInt(2, fields.priority());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO om_search_attribute (layer_id, name) VALUES (?, ?)")) {
      for (String a : fields.attributes()) {
        ps.setString(1, fields.layerId());
        ps.setString(2, a);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  // --- tokens --------------------------------------------------------------------------------

  /** A feature's searched values in a form ready to write: positions into the value list. */
  static int[] columns(LayerDefinition layer, SearchFields fields) {
    return fields.attributes().stream()
        .flatMap(name -> layer.attribute(name).stream())
        .mapToInt(layer.attributes()::indexOf)
        .toArray();
  }

  /** Removes a feature's tokens (it was deleted, or is about to get new ones). */
  static void remove(Connection c, String layerId, String fid) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM om_search_token WHERE layer_id = ? AND fid = ?")) {
      ps.setString(1, layerId);
      ps.setString(2, fid);
      ps.executeUpdate();
    }
  }

  static void removeLayer(Connection c, String layerId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM om_search_token WHERE layer_id = ?")) {
      ps.setString(1, layerId);
      ps.executeUpdate();
    }
  }

  /** Replaces the tokens of a feature's current version ({@code values} in schema order). */
  static void replace(
      Connection c, LayerDefinition layer, int[] columns, String fid, List<Object> values)
      throws SQLException {
    remove(c, layer.id(), fid);
    if (columns.length == 0) {
      return;
    }
    try (Batch batch = new Batch(c)) {
      batch.add(layer, columns, fid, values);
    }
  }

  /**
   * Indexes the current rows of the layer with {@code vid > afterVid} (0: all), reading them a page
   * at a time by vid: what a bulk load (the rows it just wrote) and a rebuild (after removing the
   * layer's tokens) call, in their own transaction.
   *
   * @return the number of features read
   */
  static long index(Connection c, LayerTable table, int[] columns, long afterVid)
      throws SQLException {
    if (columns.length == 0) {
      return 0;
    }
    LayerDefinition layer = table.layer();
    var select = new StringBuilder("SELECT vid, fid");
    for (int i : columns) {
      select
          .append(", ")
          .append(cn.onemap.core.filter.LayerProperties.quote(layer.attributes().get(i).name()));
    }
    select
        .append(" FROM ")
        .append(table.name())
        .append(" WHERE vid > ? AND ")
        .append(LayerTable.currentCondition())
        .append(" ORDER BY vid LIMIT ")
        .append(PAGE);
    long count = 0;
    long last = afterVid;
    try (PreparedStatement ps = c.prepareStatement(select.toString());
        Batch batch = new Batch(c)) {
      while (true) {
        ps.setLong(1, last);
        int read = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            read++;
            last = rs.getLong(1);
            String fid = rs.getString(2);
            List<Object> values =
                new ArrayList<>(java.util.Collections.nCopies(layer.attributes().size(), null));
            for (int k = 0; k < columns.length; k++) {
              values.set(columns[k], rs.getString(3 + k));
            }
            batch.add(layer, columns, fid, values);
          }
        }
        count += read;
        if (read < PAGE) {
          return count;
        }
      }
    }
  }

  /** The largest vid of the layer's table (0 when empty): where a bulk load's rows start after. */
  static long maxVid(Connection c, LayerTable table) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(MAX(vid), 0) FROM " + table.name());
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Token rows written in JDBC batches. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement ps;
    private int pending;

    Batch(Connection c) throws SQLException {
      this.ps = c.prepareStatement(INSERT);
    }

    void add(LayerDefinition layer, int[] columns, String fid, List<Object> values)
        throws SQLException {
      for (int i : columns) {
        if (!(values.get(i) instanceof String value) || value.isBlank()) {
          continue;
        }
        String normalized = SearchText.normalize(value);
        String shown = value.length() > 200 ? value.substring(0, 200) : value;
        for (SearchText.Token t : SearchText.tokens(normalized)) {
          ps.setString(1, t.token());
          ps.setString(2, layer.id());
          ps.setString(3, fid);
          ps.setString(4, layer.attributes().get(i).name());
          ps.setInt(5, t.position());
          ps.setInt(6, normalized.length());
          ps.setString(7, shown);
          ps.addBatch();
          if (++pending == BATCH) {
            ps.executeBatch();
            pending = 0;
          }
        }
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (pending > 0) {
          ps.executeBatch();
        }
      } finally {
        ps.close();
      }
    }
  }
}
