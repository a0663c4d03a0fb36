package cn.onemap.core.store.h2gis;

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
import org.locationtech.jts.geom.Geometry;

/** H2 2.x with H2GIS functions. H2 passes JTS geometries through JDBC natively. */
final class H2gisDialect implements SqlDialect {
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int H2_DEADLOCK = 40001;

  @Override
  public String name() {
    return "h2gis";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public String geometryColumnType(GeometryType type, int srid) {
    return "GEOMETRY(" + type.name() + ", " + srid + ")";
  }

  @Override
  public String columnType(AttributeType type) {
    return switch (type) {
      case STRING -> "CHARACTER VARYING";
      case INTEGER -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
    };
  }

  @Override
  public String createSpatialIndex(String table, String index) {
    return "CREATE SPATIAL INDEX IF NOT EXISTS " + index + " ON " + table + " (geom)";
  }

  @Override
  public String geometryParam() {
    return "?";
  }

  @Override
  public void bindGeometry(PreparedStatement ps, int index, Geometry geometry) throws SQLException {
    ps.setObject(index, geometry);
  }

  @Override
  public String selectGeometry(String column) {
    return column;
  }

  @Override
  public Geometry readGeometry(ResultSet rs, int index) throws SQLException {
    Object value = rs.getObject(index);
    if (value == null || value instanceof Geometry) {
      return (Geometry) value;
    }
    return GeometryCodec.cgcs2000().fromWkb(rs.getBytes(index));
  }

  @Override
  public String nextValuesSql(String sequence) {
    return "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
  }

  @Override
  public String withinMeters(String column, String geometrySql) {
    return H2gisFunctions.DWITHIN_METERS + "(" + column + ", " + geometrySql + ", ?)";
  }

  @Override
  public boolean isTransientConflict(SQLException e) {
    return e.getErrorCode() == H2_CONCURRENT_UPDATE || e.getErrorCode() == H2_DEADLOCK;
  }

  @Override
  public BulkWriter bulkWriter(Connection connection, LayerTable table) throws SQLException {
    return BulkWriter.batched(connection, table, this);
  }
}
