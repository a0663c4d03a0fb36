package cn.onemap.core.testing;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, real feature store for one test: an H2GIS file database in a temporary directory, or a
 * private schema in the PostGIS that {@code scripts/test.sh} starts (URL from the system property
 * {@code onemap.test.postgis.url}). Closing it removes the database or schema.
 */
public final class StoreFixture implements AutoCloseable {
  public static final String POSTGIS_URL_PROPERTY = "onemap.test.postgis.url";

  private final Backend backend;
  private final Path directory;
  private final String schema;
  private JdbcFeatureStore store;

  private StoreFixture(Backend backend, Path directory, String schema) {
    this.backend = backend;
    this.directory = directory;
    this.schema = schema;
    this.store = connect();
  }

  public static StoreFixture open(Backend backend) {
    try {
      if (backend == Backend.H2GIS) {
        return new StoreFixture(backend, Files.createTempDirectory("onemap-h2gis-"), null);
      }
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(postgisUrl(), "postgres", "")) {
        c.createStatement().execute("CREATE SCHEMA " + schema);
      }
      return new StoreFixture(backend, null, schema);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "cannot set up a " + backend + " store: " + e.getMessage(), e);
    }
  }

  /** The PostGIS URL; tests fail (never skip) when it is missing: both backends must be tested. */
  public static String postgisUrl() {
    String url = System.getProperty(POSTGIS_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "system property "
              + POSTGIS_URL_PROPERTY
              + " is not set: run the tests with scripts/test.sh");
    }
    return url;
  }

  public JdbcFeatureStore store() {
    return store;
  }

  public Backend backend() {
    return backend;
  }

  /** Closes the store and opens it again on the same database (for persistence checks). */
  public StoreFixture restart() {
    store.close();
    store = connect();
    return this;
  }

  /**
   * Another store on the same PostGIS schema, as a second portal node opens it; the caller closes
   * it. (An embedded H2GIS file has one node.)
   */
  public JdbcFeatureStore secondNode() {
    if (backend != Backend.POSTGIS) {
      throw new IllegalStateException("only PostGIS stores are shared by several nodes");
    }
    return connect();
  }

  private JdbcFeatureStore connect() {
    if (backend == Backend.H2GIS) {
      return H2gisFeatureStore.open(directory.resolve("store"), Clock.systemUTC());
    }
    String url =
        postgisUrl()
            + (postgisUrl().contains("?") ? "&" : "?")
            + "currentSchema="
            + schema
            + ",public";
    return PostgisFeatureStore.open(url, "postgres", "", 8, Clock.systemUTC());
  }

  @Override
  public void close() {
    store.close();
    try {
      if (directory != null) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } else {
        try (Connection c = DriverManager.getConnection(postgisUrl(), "postgres", "")) {
          c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "cannot clean up the " + backend + " store: " + e.getMessage(), e);
    }
  }
}
