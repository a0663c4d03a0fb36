package cn.onemap.workflow.engine;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The store's connection pool seen from one schema: every connection handed out has that schema as
 * its current one (JDBC {@link Connection#setSchema}; HikariCP resets it when the connection
 * returns to the pool). The engine's tables then live in their own schema of the store's database,
 * on H2 and PostgreSQL alike, without a second pool.
 */
final class SchemaDataSource implements DataSource {
  private final DataSource pool;
  private final String schema;

  SchemaDataSource(DataSource pool, String schema) {
    this.pool = pool;
    this.schema = schema;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = pool.getConnection();
    try {
      // PostgreSQL's setSchema replaces the whole search_path (the store's schema and public, where
      // PostGIS lives): keep the path itself and put it back.
      boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      String former = postgres ? searchPath(c) : c.getSchema();
      c.setSchema(schema);
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                  try {
                    if (!c.isClosed()) {
                      restore(c, former, postgres);
                    }
                  } finally {
                    c.close();
                  }
                  return null;
                }
                try {
                  return method.invoke(c, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private static String searchPath(Connection c) throws SQLException {
    try (var st = c.createStatement();
        var rs = st.executeQuery("SHOW search_path")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void restore(Connection c, String former, boolean postgres) throws SQLException {
    if (!postgres) {
      c.setSchema(former);
      return;
    }
    // The value SHOW printed, set back as read: a server-formatted list of identifiers.
    try (var st = c.prepareStatement("SELECT set_config('search_path', ?, false)")) {
      st.setString(1, former);
      st.execute();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return pool.isWrapperFor(type);
  }
}
