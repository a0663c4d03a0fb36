package cn.onemap.core.store;

import java.sql.SQLException;

/** Carries a SQLException through lambdas to the transaction boundary, where it is classified. */
final class SqlRuntimeException extends RuntimeException {
  SqlRuntimeException(SQLException cause) {
    super(cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
