package cn.onemap.loaders.gpkg;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A feature table of a GeoPackage as gpkg_contents, gpkg_geometry_columns and the table's own
 * columns describe it.
 *
 * @param name table name
 * @param geometryColumn name of the geometry column
 * @param geometryType declared geometry type ("POINT", "MULTIPOLYGON", … "GEOMETRY")
 * @param srsId the srs_id of gpkg_spatial_ref_sys
 * @param primaryKey the integer primary key column (not imported as an attribute)
 * @param columns attribute columns and their types (BLOB columns skipped)
 */
record GpkgTable(
    String name,
    String geometryColumn,
    String geometryType,
    int srsId,
    String primaryKey,
    List<Column> columns) {

  record Column(String name, AttributeType type) {}

  /** The feature tables of the file. */
  static List<String> featureTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  static GpkgTable describe(Connection c, String table) throws SQLException {
    String geomColumn;
    String geomType;
    int srs;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("table '" + table + "' has no row in gpkg_geometry_columns");
        }
        geomColumn = rs.getString(1);
        geomType = rs.getString(2).toUpperCase(Locale.ROOT);
        srs = rs.getInt(3);
      }
    }
    String pk = null;
    List<Column> columns = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
      while (rs.next()) {
        String name = rs.getString("name");
        String type = rs.getString("type").toUpperCase(Locale.ROOT);
        boolean isPk = rs.getInt("pk") > 0;
        if (isPk && pk == null && type.startsWith("INT")) {
          pk = name;
        } else if (!name.equals(geomColumn)) {
          attributeType(type).ifPresent(t -> columns.add(new Column(name, t)));
        }
      }
    }
    return new GpkgTable(table, geomColumn, geomType, srs, pk == null ? "rowid" : pk, columns);
  }

  /**
   * GeoPackage column types (§1.1.1.1.3) to attribute types; BLOB and unknown types are skipped.
   */
  static Optional<AttributeType> attributeType(String sqlType) {
    String t = sqlType.replaceAll("\\(.*", "").strip();
    return switch (t) {
      case "BOOLEAN" -> Optional.of(AttributeType.BOOLEAN);
      case "TINYINT", "SMALLINT", "MEDIUMINT" -> Optional.of(AttributeType.INTEGER);
      case "INT", "INTEGER" -> Optional.of(AttributeType.LONG);
      case "FLOAT", "DOUBLE", "REAL", "NUMERIC" -> Optional.of(AttributeType.DOUBLE);
      case "TEXT", "VARCHAR", "CHAR" -> Optional.of(AttributeType.STRING);
      case "DATE" -> Optional.of(AttributeType.DATE);
      case "DATETIME" -> Optional.of(AttributeType.TIMESTAMP);
      default -> Optional.empty();
    };
  }

  Optional<GeometryType> layerGeometryType() {
    try {
      return Optional.of(GeometryType.valueOf(geometryType));
    } catch (IllegalArgumentException e) {
      return Optional.of(GeometryType.GEOMETRY); // GEOMETRYCOLLECTION, CURVEPOLYGON, …
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
