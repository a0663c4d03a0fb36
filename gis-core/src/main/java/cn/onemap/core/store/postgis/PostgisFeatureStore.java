package cn.onemap.core.store.postgis;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.core.store.StoreException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.flywaydb.core.Flyway;

/** The feature store on PostgreSQL + PostGIS (the extension must be installed in the database). */
public final class PostgisFeatureStore extends JdbcFeatureStore {

  private PostgisFeatureStore(HikariDataSource pool, Clock clock) {
    super(pool, pool, new PostgisDialect(), clock);
  }

  /** Connects, checks that PostGIS is there and migrates the catalog schema. */
  public static PostgisFeatureStore open(
      String jdbcUrl, String user, String password, int poolSize, Clock clock) {
    HikariDataSource pool = null;
    try {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(poolSize);
      config.setPoolName("postgis");
      pool = new HikariDataSource(config);
      try (var c = pool.getConnection();
          var st = c.createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")) {
        rs.next();
        if (rs.getInt(1) == 0) {
          throw new StoreException(
              "database " + jdbcUrl + " lacks the postgis extension: CREATE EXTENSION postgis",
              null);
        }
      }
      Flyway.configure().dataSource(pool).locations("classpath:db/postgis").load().migrate();
      return new PostgisFeatureStore(pool, clock);
    } catch (java.sql.SQLException | RuntimeException e) {
      if (pool != null) {
        pool.close();
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open PostGIS at " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }
}
