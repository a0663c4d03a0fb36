package cn.onemap.core.store;

import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes validated first versions of new features as fast as the backend allows, inside the
 * caller's transaction.
 */
public interface BulkWriter {

  void write(
      String fid,
      Instant validFrom,
      String author,
      String reason,
      Geometry geometry,
      List<Object> values)
      throws java.sql.SQLException;

  /** Flushes what is buffered; returns the number of rows written in all. */
  long finish() throws java.sql.SQLException;

  /**
   * Abandons what is buffered or in flight, so the connection can roll back; the default does
   * nothing.
   */
  default void abort() throws java.sql.SQLException {}

  /** The portable writer: batched prepared INSERTs. */
  static BulkWriter batched(java.sql.Connection connection, LayerTable table, SqlDialect dialect)
      throws java.sql.SQLException {
    return new JdbcBatchWriter(connection, table, dialect);
  }
}
