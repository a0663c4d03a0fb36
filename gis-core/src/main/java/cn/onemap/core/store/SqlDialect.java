package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.filter.SpatialSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What differs between H2GIS and PostGIS: column types, how geometry crosses JDBC, index DDL, id
 * sequences, error classification and bulk loading. Everything else in the store is shared SQL.
 */
public interface SqlDialect extends SpatialSql {

  String name();

  /** Whether DDL takes part in transactions (PostgreSQL) or commits implicitly (H2). */
  boolean transactionalDdl();

  String geometryColumnType(GeometryType type, int srid);

  String columnType(AttributeType type);

  /** DDL for the layer table's spatial index. */
  String createSpatialIndex(String table, String index);

  /** Extra DDL run after the table is created (e.g. a partial index on current rows). */
  List<String> extraIndexes(String table);

  void bindGeometry(PreparedStatement ps, int index, Geometry geometry) throws SQLException;

  /**
   * Select-list expression that reads a geometry column in the form {@link #readGeometry} expects.
   */
  String selectGeometry(String column);

  Geometry readGeometry(ResultSet rs, int index) throws SQLException;

  /** Query returning {@code ?} new values of the sequence, one per row. */
  String nextValuesSql(String sequence);

  /**
   * Query returning minx, miny, maxx, maxy of the geometry column over the rows matching {@code
   * where}.
   */
  String extentSql(String table, String where);

  /** Unique-key violation, e.g. two writers inserting the same (fid, version). */
  boolean isUniqueViolation(SQLException e);

  /**
   * A transient conflict between concurrent transactions that a retry of the whole transaction
   * resolves.
   */
  boolean isTransientConflict(SQLException e);

  /** Makes a statement read its result a page at a time instead of all at once. */
  void streamResults(Connection connection, java.sql.Statement statement) throws SQLException;

  BulkWriter bulkWriter(Connection connection, LayerTable table) throws SQLException;
}
