package cn.onemap.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * Hands out generated feature ids (decimal numbers from the layer's sequence), fetching them in
 * blocks so a bulk load does not pay a round trip per feature.
 */
final class IdAllocator {
  private static final int FIRST_BLOCK = 1;
  private static final int MAX_BLOCK = 10_000;

  private final Connection connection;
  private final SqlDialect dialect;
  private final String sequence;
  private final ArrayDeque<Long> ids = new ArrayDeque<>();
  private int block = FIRST_BLOCK;

  IdAllocator(Connection connection, SqlDialect dialect, String sequence) {
    this.connection = connection;
    this.dialect = dialect;
    this.sequence = sequence;
  }

  String next() throws SQLException {
    if (ids.isEmpty()) {
      fetch(block);
      block = Math.min(MAX_BLOCK, block * 10);
    }
    return Long.toString(ids.removeFirst());
  }

  private void fetch(int count) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(dialect.nextValuesSql(sequence))) {
      ps.setInt(1, count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
  }
}
