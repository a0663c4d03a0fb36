package cn.onemap.core.store.postgis;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.core.store.BulkWriter;
import cn.onemap.core.store.LayerTable;
import cn.onemap.core.store.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.locationtech.jts.geom.Geometry;

/**
 * PostgreSQL + PostGIS. Geometry crosses JDBC as EWKB; distances in metres are measured on the
 * ellipsoid.
 */
final class PostgisDialect implements SqlDialect {

  @Override
  public String name() {
    return "postgis";
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String geometryColumnType(GeometryType type, int srid) {
    String name =
        switch (type) {
          case POINT -> "Point";
          case LINESTRING -> "LineString";
          case POLYGON -> "Polygon";
          case MULTIPOINT -> "MultiPoint";
          case MULTILINESTRING -> "MultiLineString";
          case MULTIPOLYGON -> "MultiPolygon";
          case GEOMETRY -> "Geometry";
        };
    return "geometry(" + name + "," + srid + ")";
  }

  @Override
  public String columnType(AttributeType type) {
    return switch (type) {
      case STRING -> "text";
      case INTEGER -> "integer";
      case LONG -> "bigint";
      case DOUBLE -> "double precision";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMP -> "timestamptz";
    };
  }

  @Override
  public String createSpatialIndex(String table, String index) {
    return "CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " USING GIST (geom)";
  }

  @Override
  public String geometryParam() {
    return "ST_GeomFromEWKB(?)";
  }

  @Override
  public void bindGeometry(PreparedStatement ps, int index, Geometry geometry) throws SQLException {
    if (geometry == null) {
      ps.setNull(index, Types.BINARY);
    } else {
      ps.setBytes(index, GeometryCodec.toEwkb(geometry));
    }
  }

  @Override
  public String selectGeometry(String column) {
    return "ST_AsEWKB(" + column + ")";
  }

  @Override
  public Geometry readGeometry(ResultSet rs, int index) throws SQLException {
    byte[] ewkb = rs.getBytes(index);
    return ewkb == null ? null : GeometryCodec.cgcs2000().fromWkb(ewkb);
  }

  @Override
  public String nextValuesSql(String sequence) {
    return "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
  }

  @Override
  public String withinMeters(String column, String geometrySql) {
    return "ST_DWithin(" + column + "::geography, (" + geometrySql + ")::geography, ?)";
  }

  @Override
  public boolean isTransientConflict(SQLException e) {
    return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
  }

  @Override
  public boolean encodesVectorTiles() {
    return true;
  }

  @Override
  public BulkWriter bulkWriter(Connection connection, LayerTable table) throws SQLException {
    return new CopyWriter(connection, table);
  }
}
