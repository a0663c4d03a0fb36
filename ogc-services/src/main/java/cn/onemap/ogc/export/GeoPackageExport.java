package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage 1.3: the three required metadata tables (with the chosen CRS in {@code
 * gpkg_spatial_ref_sys}, its WKT from {@link PrjText#ogcWkt}), one feature table named after the
 * layer with {@code fid}, the feature id as {@code id}, the typed attributes and {@code geom} as
 * GeoPackage binary (little-endian header with the xy envelope, then WKB), and the R-tree spatial
 * index extension ({@code rtree_<table>_geom}, filled row by row). Written with sqlite-jdbc into a
 * temporary file (SQLite cannot write to a stream) that is then copied to the output and deleted.
 */
final class GeoPackageExport implements ExportWriter {
  private static final int APPLICATION_ID = 0x47504B47; // "GPKG"
  private static final int USER_VERSION = 10300;

  @Override
  public void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException {
    Path file = Files.createTempFile("onemap-export-", ".gpkg");
    try {
      build(file, layer, attributes, features, options);
      Files.copy(file, out);
    } catch (SQLException e) {
      throw new IOException("GeoPackage output failed: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + "-journal"));
    }
  }

  private static void build(
      Path file,
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options)
      throws SQLException {
    String table = layer.id();
    int srid = options.srid();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA application_id = " + APPLICATION_ID);
        s.execute("PRAGMA user_version = " + USER_VERSION);
        s.execute("PRAGMA journal_mode = OFF");
        s.execute("PRAGMA synchronous = OFF");
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY"
                + " KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                + " definition TEXT NOT NULL, description TEXT)");
        s.execute(
            "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT"
                + " NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change"
                + " DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE,"
                + " min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT"
                + " fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
        s.execute(
            "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT"
                + " NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT"
                + " NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name,"
                + " column_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES"
                + " gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id)"
                + " REFERENCES gpkg_spatial_ref_sys (srs_id))");
        s.execute(
            "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT"
                + " NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce"
                + " UNIQUE (table_name, column_name, extension_name))");
        StringBuilder ddl =
            new StringBuilder("CREATE TABLE \"")
                .append(table)
                .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ")
                .append(geometryTypeName(layer))
                .append(", id TEXT NOT NULL");
        for (AttributeDefinition a : attributes) {
          ddl.append(", \"").append(a.name()).append("\" ").append(sqlType(a));
        }
        s.execute(ddl.append(")").toString());
        s.execute(
            "CREATE VIRTUAL TABLE \"rtree_"
                + table
                + "_geom\" USING rtree(id, minx, maxx, miny,"
                + " maxy)");
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
        srs(p, "Undefined cartesian SRS", -1, "NONE", -1, "undefined");
        srs(p, "Undefined geographic SRS", 0, "NONE", 0, "undefined");
        srs(p, "WGS 84 geodetic", 4326, "EPSG", 4326, PrjText.ogcWkt(4326));
        if (srid != 4326) {
          srs(p, PrjText.name(srid), srid, "EPSG", srid, PrjText.ogcWkt(srid));
        }
      }
      Envelope extent = new Envelope();
      String cols =
          attributes.stream().map(a -> ", \"" + a.name() + "\"").reduce("", String::concat);
      String marks = ", ?".repeat(attributes.size());
      WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
      try (PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO \""
                      + table
                      + "\" (geom, id"
                      + cols
                      + ") VALUES (?, ?"
                      + marks
                      + ")");
          PreparedStatement tree =
              c.prepareStatement(
                  "INSERT INTO \"rtree_" + table + "_geom\" VALUES (?, ?, ?, ?, ?)")) {
        long fid = 0;
        while (features.hasNext()) {
          Feature f = features.next();
          Geometry g = f.geometry().map(options.crs()::fromStorage).orElse(null);
          if (g == null) {
            ins.setNull(1, Types.BLOB);
          } else {
            ins.setBytes(1, binary(g, srid, wkb));
          }
          ins.setString(2, f.id());
          for (int i = 0; i < attributes.size(); i++) {
            bind(ins, 3 + i, attributes.get(i), f.attributes().get(attributes.get(i).name()));
          }
          ins.executeUpdate();
          // a fresh AUTOINCREMENT table numbers its rows 1, 2, ...: the R-tree id is the row count
          fid++;
          if (g != null && !g.isEmpty()) {
            Envelope e = g.getEnvelopeInternal();
            extent.expandToInclude(e);
            tree.setLong(1, fid);
            tree.setDouble(2, e.getMinX());
            tree.setDouble(3, e.getMaxX());
            tree.setDouble(4, e.getMinY());
            tree.setDouble(5, e.getMaxY());
            tree.executeUpdate();
          }
        }
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
                  + " last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?,"
                  + " ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, table);
        p.setString(2, layer.title());
        p.setString(3, layer.title());
        p.setString(4, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        if (extent.isNull()) {
          for (int i = 5; i <= 8; i++) {
            p.setNull(i, Types.DOUBLE);
          }
        } else {
          p.setDouble(5, extent.getMinX());
          p.setDouble(6, extent.getMinY());
          p.setDouble(7, extent.getMaxX());
          p.setDouble(8, extent.getMaxY());
        }
        p.setInt(9, srid);
        p.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
        p.setString(1, table);
        p.setString(2, geometryTypeName(layer));
        p.setInt(3, srid);
        p.executeUpdate();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index',"
                  + " 'http://www.geopackage.org/spec130/#extension_rtree', 'write-only')")) {
        p.setString(1, table);
        p.executeUpdate();
      }
      c.commit();
    }
  }

  private static void srs(
      PreparedStatement p, String name, int id, String org, int orgId, String wkt)
      throws SQLException {
    p.setString(1, name);
    p.setInt(2, id);
    p.setString(3, org);
    p.setInt(4, orgId);
    p.setString(5, wkt);
    p.setString(6, name);
    p.executeUpdate();
  }

  /**
   * GeoPackage binary: "GP", version 0, flags (little-endian, xy envelope, or the empty bit), the
   * srs id, the envelope minx,maxx,miny,maxy, then the WKB.
   */
  static byte[] binary(Geometry g, int srid, WKBWriter wkb) {
    byte[] body = wkb.write(g);
    boolean empty = g.isEmpty();
    int envelopeBytes = empty ? 0 : 32;
    ByteBuffer b =
        ByteBuffer.allocate(8 + envelopeBytes + body.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    b.put((byte) (empty ? 0b0001_0001 : 0b0000_0011));
    b.putInt(srid);
    if (!empty) {
      Envelope e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    b.put(body);
    return b.array();
  }

  private static String geometryTypeName(LayerDefinition layer) {
    return layer.geometryType().name();
  }

  private static String sqlType(AttributeDefinition a) {
    return switch (a.type()) {
      case STRING -> "TEXT";
      case INTEGER -> "MEDIUMINT";
      case LONG -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "DATETIME";
    };
  }

  private static void bind(PreparedStatement p, int i, AttributeDefinition a, Object v)
      throws SQLException {
    if (v == null) {
      p.setNull(i, Types.NULL);
      return;
    }
    switch (a.type()) {
      case INTEGER, LONG -> p.setLong(i, ((Number) v).longValue());
      case DOUBLE -> p.setDouble(i, ((Number) v).doubleValue());
      case BOOLEAN -> p.setInt(i, Boolean.TRUE.equals(v) ? 1 : 0);
      default -> p.setString(i, v.toString());
    }
  }
}
