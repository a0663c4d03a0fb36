package cn.onemap.core.store;

import cn.onemap.core.feature.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Bulk writing with batched prepared INSERTs: the portable path (used for H2GIS). */
final class JdbcBatchWriter implements BulkWriter {
  private static final int BATCH = 1_000;

  private final PreparedStatement insert;
  private final SqlDialect dialect;
  private int pending;
  private long written;

  JdbcBatchWriter(Connection connection, LayerTable table, SqlDialect dialect) throws SQLException {
    this.insert = connection.prepareStatement(table.insertSql());
    this.dialect = dialect;
  }

  @Override
  public void write(
      String fid,
      Instant validFrom,
      String author,
      String reason,
      Geometry geometry,
      List<Object> values)
      throws SQLException {
    insert.setString(1, fid);
    insert.setInt(2, 1);
    insert.setObject(3, OffsetDateTime.ofInstant(validFrom, ZoneOffset.UTC));
    insert.setString(4, String.valueOf(Operation.INSERT.code()));
    insert.setString(5, author);
    insert.setString(6, reason);
    dialect.bindGeometry(insert, 7, geometry);
    JdbcValues.bindAll(insert, 8, values, dialect);
    insert.addBatch();
    if (++pending == BATCH) {
      flush();
    }
  }

  @Override
  public long finish() throws SQLException {
    flush();
    insert.close();
    return written;
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      written += pending;
      pending = 0;
    }
  }
}
