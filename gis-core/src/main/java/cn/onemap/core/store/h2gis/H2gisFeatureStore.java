package cn.onemap.core.store.h2gis;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.core.store.StoreException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;

/** The feature store on an embedded H2GIS file database. */
public final class H2gisFeatureStore extends JdbcFeatureStore {

  private H2gisFeatureStore(HikariDataSource pool, Clock clock) {
    super(pool, pool, new H2gisDialect(), clock);
  }

  /**
   * Opens (creating if needed) the database at {@code file} (H2 appends {@code .mv.db}), installs
   * the spatial functions and migrates the catalog schema.
   */
  public static H2gisFeatureStore open(Path file, Clock clock) {
    HikariDataSource pool = null;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      HikariConfig config = new HikariConfig();
      // No compaction when the database closes (MAX_COMPACT_TIME=0): in H2 2.3.232 moving chunks
      // at close can lose or corrupt recently written chunks (h2database issues 4123 and 4247),
      // and CrashSafeImportIT, which closes the store between killed imports, saw such a file
      // read back as "File corrupted while reading record". Background housekeeping still
      // reclaims space while the database is open.
      config.setJdbcUrl(
          "jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000;MAX_COMPACT_TIME=0");
      config.setUsername("sa");
      config.setPassword("");
      config.setMaximumPoolSize(8);
      config.setPoolName("h2gis-" + file.getFileName());
      pool = new HikariDataSource(config);
      // Catalog first: Flyway refuses a non-empty schema without history, and H2GIS adds its own
      // tables.
      Flyway.configure().dataSource(pool).locations("classpath:db/h2gis").load().migrate();
      try (Connection c = pool.getConnection()) {
        H2gisFunctions.install(c);
      }
      return new H2gisFeatureStore(pool, clock);
    } catch (SQLException | java.io.IOException | RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      throw new StoreException(
          "cannot open the H2GIS database at " + file + ": " + e.getMessage(), e);
    }
  }
}
