package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.filter.SpatialSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

  /**
   * DDL for the layer table's spatial index; a no-op when it exists (crash recovery relies on it).
   */
  String createSpatialIndex(String table, String index);

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
  default String extentSql(String table, String where) {
    return "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) AS e FROM "
        + table
        + " WHERE "
        + where
        + ") AS x";
  }

  /** Unique-key violation (SQLSTATE 23505), e.g. two writers inserting the same (fid, version). */
  default boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * A transient conflict between concurrent transactions that a retry of the whole transaction
   * resolves.
   */
  boolean isTransientConflict(SQLException e);

  /**
   * Makes a statement read its result a page at a time instead of all at once (PostgreSQL needs
   * this and autocommit off, which the store's cursor sets).
   */
  default void streamResults(Connection connection, java.sql.Statement statement)
      throws SQLException {
    statement.setFetchSize(1_000);
  }

  /**
   * Whether the database encodes Mapbox Vector Tiles itself ({@code ST_AsMVT}, see {@link
   * VectorTileSql}); where it does not, callers encode in Java from {@link FeatureStore#query}.
   */
  default boolean encodesVectorTiles() {
    return false;
  }

  BulkWriter bulkWriter(Connection connection, LayerTable table) throws SQLException;
}
