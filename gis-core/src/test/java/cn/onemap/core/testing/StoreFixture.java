package cn.onemap.core.testing;

import cn.onemap.core.store.FeatureStore;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;

/**
 * A fresh, real feature store for one test: an H2GIS file database in a temporary directory, or a
 * private schema in the PostGIS that {@code scripts/test.sh} starts (URL from the system property
 * {@code onemap.test.postgis.url}). Closing it removes the database or schema.
 */
public final class StoreFixture implements AutoCloseable {
  public static final String POSTGIS_URL_PROPERTY = "onemap.test.postgis.url";

  private final Backend backend;
  private final JdbcFeatureStore store;
  private final Path directory;
  private final String schema;

  private StoreFixture(Backend backend, JdbcFeatureStore store, Path directory, String schema) {
    this.backend = backend;
    this.store = store;
    this.directory = directory;
    this.schema = schema;
  }

  public static StoreFixture open(Backend backend) {
    return open(backend, Clock.systemUTC(), UnaryOperator.identity());
  }

  public static StoreFixture open(
      Backend backend, Clock clock, UnaryOperator<Geometry> extentCheck) {
    try {
      if (backend == Backend.H2GIS) {
        Path dir = Files.createTempDirectory("onemap-h2gis-");
        return new StoreFixture(
            backend, H2gisFeatureStore.open(dir.resolve("store"), clock, extentCheck), dir, null);
      }
      String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(postgisUrl(), "postgres", "")) {
        c.createStatement().execute("CREATE SCHEMA " + schema);
      }
      String url =
          postgisUrl()
              + (postgisUrl().contains("?") ? "&" : "?")
              + "currentSchema="
              + schema
              + ",public";
      return new StoreFixture(
          backend,
          PostgisFeatureStore.open(url, "postgres", "", 8, clock, extentCheck),
          null,
          schema);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "cannot set up a " + backend + " store: " + e.getMessage(), e);
    }
  }

  /**
   * The PostGIS URL; tests fail (never skip) when it is missing, because both backends must be
   * tested.
   */
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

  /** Opens a second store on the same database, as a second portal node would. */
  public FeatureStore reopen() {
    if (backend == Backend.H2GIS) {
      throw new UnsupportedOperationException("an embedded H2 file database has one owner process");
    }
    String url =
        postgisUrl()
            + (postgisUrl().contains("?") ? "&" : "?")
            + "currentSchema="
            + schema
            + ",public";
    return PostgisFeatureStore.open(
        url, "postgres", "", 4, Clock.systemUTC(), UnaryOperator.identity());
  }

  /** Closes the store and opens it again on the same database (for persistence checks). */
  public StoreFixture restart() {
    store.close();
    if (backend == Backend.H2GIS) {
      return new StoreFixture(
          backend,
          H2gisFeatureStore.open(
              directory.resolve("store"), Clock.systemUTC(), UnaryOperator.identity()),
          directory,
          null);
    }
    String url =
        postgisUrl()
            + (postgisUrl().contains("?") ? "&" : "?")
            + "currentSchema="
            + schema
            + ",public";
    return new StoreFixture(
        backend,
        (JdbcFeatureStore)
            PostgisFeatureStore.open(
                url, "postgres", "", 8, Clock.systemUTC(), UnaryOperator.identity()),
        null,
        schema);
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
