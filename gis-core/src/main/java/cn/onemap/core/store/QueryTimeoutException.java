package cn.onemap.core.store;

import java.sql.SQLException;
import java.util.Map;

/** A query ran longer than the store's query timeout and was cancelled by the database. */
public class QueryTimeoutException extends StoreException {
  public QueryTimeoutException(String layerId, int seconds) {
    super(
        "QUERY_TIMEOUT",
        "the query on layer '"
            + layerId
            + "' took longer than "
            + seconds
            + " s and was cancelled; narrow it with a smaller bbox or a filter",
        Map.of("layer", layerId, "timeoutSeconds", seconds));
  }

  /** SQLSTATE 57014 (query_canceled), used by both PostgreSQL and H2 for statement timeouts. */
  static boolean isTimeout(SQLException e) {
    return "57014".equals(e.getSQLState());
  }
}
