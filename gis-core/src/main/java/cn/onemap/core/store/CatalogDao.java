package cn.onemap.core.store;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the catalog tables (om_layer, om_layer_attribute, om_code_list,
 * om_code_list_entry, om_catalog_sequence); same SQL on both backends.
 */
final class CatalogDao {
  private CatalogDao() {}

  static Map<String, LayerDefinition> loadAll(Connection c) throws SQLException {
    Map<String, List<AttributeDefinition>> attributes = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT layer_id, name, type, required, label, code_list, read_role FROM"
                    + " om_layer_attribute"
                    + " ORDER BY layer_id, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        attributes
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new AttributeDefinition(
                    rs.getString(2),
                    AttributeType.valueOf(rs.getString(3)),
                    rs.getBoolean(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)));
      }
    }
    Map<String, LayerDefinition> layers = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, title, kind, geometry_type, access_level, versioned, default_style,"
                    + " layer_group FROM om_layer ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        layers.put(
            id,
            new LayerDefinition(
                id,
                rs.getString(2),
                LayerKind.valueOf(rs.getString(3)),
                GeometryType.valueOf(rs.getString(4)),
                attributes.getOrDefault(id, List.of()),
                AccessLevel.valueOf(rs.getString(5)),
                rs.getBoolean(6),
                rs.getString(7),
                Optional.ofNullable(rs.getString(8))));
      }
    }
    return layers;
  }

  static void insert(Connection c, LayerDefinition layer, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO om_layer (id, title, kind, geometry_type, srid, access_level, versioned, default_style,"
                + " created_at, updated_at, layer_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, layer.id());
      ps.setString(2, layer.title());
      ps.setString(3, layer.kind().name());
      ps.setString(4, layer.geometryType().name());
      ps.setInt(5, layer.storageSrid());
      ps.setString(6, layer.accessLevel().name());
      ps.setBoolean(7, layer.versioned());
      ps.setString(8, layer.defaultStyle());
      ps.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(11, layer.group().orElse(null));
      ps.executeUpdate();
    }
    insertAttributes(c, layer.id(), layer.attributes(), 0);
  }

  static void insertAttributes(
      Connection c, String layerId, List<AttributeDefinition> attributes, int firstPosition)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO om_layer_attribute (layer_id, position, name, type, required, label, code_list,"
                + " read_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = firstPosition;
      for (AttributeDefinition a : attributes) {
        ps.setString(1, layerId);
        ps.setInt(2, position++);
        ps.setString(3, a.name());
        ps.setString(4, a.type().name());
        ps.setBoolean(5, a.required());
        ps.setString(6, a.label());
        ps.setString(7, a.codeList());
        ps.setString(8, a.readRole());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void updateMetadata(Connection c, LayerDefinition layer, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE om_layer SET title = ?, access_level = ?, default_style = ?, layer_group = ?,"
                + " updated_at = ? WHERE id = ?")) {
      ps.setString(1, layer.title());
      ps.setString(2, layer.accessLevel().name());
      ps.setString(3, layer.defaultStyle());
      ps.setString(4, layer.group().orElse(null));
      ps.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(6, layer.id());
      ps.executeUpdate();
    }
  }

  static void delete(Connection c, String layerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM om_layer WHERE id = ?")) {
      ps.setString(1, layerId);
      ps.executeUpdate();
    }
  }

  static Map<String, CodeList> loadCodeLists(Connection c) throws SQLException {
    Map<String, List<CodeEntry>> entries = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT code_list_id, code, name, colour FROM om_code_list_entry"
                    + " ORDER BY code_list_id, position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        entries
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new CodeEntry(rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    Map<String, CodeList> lists = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id, title, standard FROM om_code_list ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        lists.put(
            id,
            new CodeList(
                id, rs.getString(2), rs.getString(3), entries.getOrDefault(id, List.of())));
      }
    }
    return lists;
  }

  /** Creates the list or replaces its title, standard and all its entries. */
  static void putCodeList(Connection c, CodeList list, Instant now) throws SQLException {
    int updated;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE om_code_list SET title = ?, standard = ?, updated_at = ? WHERE id = ?")) {
      ps.setString(1, list.title());
      ps.setString(2, list.standard());
      ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(4, list.id());
      updated = ps.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO om_code_list (id, title, standard, updated_at) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, list.id());
        ps.setString(2, list.title());
        ps.setString(3, list.standard());
        ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM om_code_list_entry WHERE code_list_id = ?")) {
      ps.setString(1, list.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO om_code_list_entry (code_list_id, position, code, name, colour)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int position = 0;
      for (CodeEntry e : list.entries()) {
        ps.setString(1, list.id());
        ps.setInt(2, position++);
        ps.setString(3, e.code());
        ps.setString(4, e.name());
        ps.setString(5, e.colour());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** {@code column} is one of ours (never from a request); the values are bound. */
  private static void setAttributeColumn(
      Connection c, String layerId, String attribute, String column, String value, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE om_layer_attribute SET " + column + " = ? WHERE layer_id = ? AND name = ?")) {
      ps.setString(1, value);
      ps.setString(2, layerId);
      ps.setString(3, attribute);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE om_layer SET updated_at = ? WHERE id = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(2, layerId);
      ps.executeUpdate();
    }
  }

  static void setAttributeReadRole(
      Connection c, String layerId, String attribute, String role, Instant now)
      throws SQLException {
    setAttributeColumn(c, layerId, attribute, "read_role", role, now);
  }

  static void setAttributeCodeList(
      Connection c, String layerId, String attribute, String codeListId, Instant now)
      throws SQLException {
    setAttributeColumn(c, layerId, attribute, "code_list", codeListId, now);
  }

  /** The catalog's change counter (raised by {@link #bumpSequence}). */
  static long sequence(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT sequence FROM om_catalog_sequence WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("om_catalog_sequence has no row; the V2 migration did not run");
      }
      return rs.getLong(1);
    }
  }

  /** Raises the change counter; call it in the transaction that changes the catalog. */
  static void bumpSequence(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE om_catalog_sequence SET sequence = sequence + 1 WHERE id = 1")) {
      ps.executeUpdate();
    }
  }

  static List<cn.onemap.core.catalog.LayerStyle> loadStyles(Connection c) throws SQLException {
    List<cn.onemap.core.catalog.LayerStyle> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT layer_id, name, title, sld, updated_at, updated_by FROM om_layer_style"
                    + " ORDER BY layer_id, name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new cn.onemap.core.catalog.LayerStyle(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6)));
      }
    }
    return out;
  }

  /** Inserts or replaces the layer's style of that name. */
  static void putStyle(Connection c, cn.onemap.core.catalog.LayerStyle style) throws SQLException {
    deleteStyle(c, style.layerId(), style.name());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO om_layer_style (layer_id, name, title, sld, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, style.layerId());
      ps.setString(2, style.name());
      ps.setString(3, style.title());
      ps.setString(4, style.sld());
      ps.setObject(5, OffsetDateTime.ofInstant(style.updatedAt(), ZoneOffset.UTC));
      ps.setString(6, style.updatedBy());
      ps.executeUpdate();
    }
  }

  static boolean deleteStyle(Connection c, String layerId, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM om_layer_style WHERE layer_id = ? AND name = ?")) {
      ps.setString(1, layerId);
      ps.setString(2, name);
      return ps.executeUpdate() > 0;
    }
  }
}
