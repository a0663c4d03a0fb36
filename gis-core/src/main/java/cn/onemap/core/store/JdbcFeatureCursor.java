package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.feature.Feature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A cursor over an open JDBC result set; owns its connection and releases it on close or
 * exhaustion.
 */
final class JdbcFeatureCursor implements FeatureCursor {
  private final Connection connection;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final LayerTable table;
  private final List<AttributeDefinition> attributes;
  private Feature next;
  private boolean closed;

  JdbcFeatureCursor(
      Connection connection,
      PreparedStatement statement,
      ResultSet rows,
      LayerTable table,
      List<AttributeDefinition> attributes) {
    this.connection = connection;
    this.statement = statement;
    this.rows = rows;
    this.table = table;
    this.attributes = attributes;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      return false;
    }
    try {
      if (rows.next()) {
        next = table.readFeature(rows, attributes);
        return true;
      }
    } catch (SQLException e) {
      close();
      throw new StoreException(
          "reading features of layer '" + table.layer().id() + "' failed: " + e.getMessage(), e);
    }
    close();
    return false;
  }

  @Override
  public Feature next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Feature f = next;
    next = null;
    return f;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (connection;
        statement;
        rows) {
      connection.rollback();
    } catch (SQLException e) {
      throw new StoreException("closing a feature cursor failed: " + e.getMessage(), e);
    }
  }
}
