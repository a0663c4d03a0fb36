package cn.onemap.portal.config;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.core.store.h2gis.H2gisFeatureStore;
import cn.onemap.core.store.postgis.PostgisFeatureStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the feature store the settings name, and migrates the portal's own tables beside it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {
  private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

  @Bean(destroyMethod = "close")
  JdbcFeatureStore featureStore(PortalProperties properties) {
    JdbcFeatureStore store =
        switch (properties.store()) {
          case "h2gis" ->
              H2gisFeatureStore.open(properties.dataDir().resolve("onemap"), Clock.systemUTC());
          case "postgis" ->
              PostgisFeatureStore.open(
                  properties.postgis().url(),
                  properties.postgis().user(),
                  properties.postgis().password(),
                  properties.postgis().poolSize(),
                  Clock.systemUTC());
          default ->
              throw new IllegalArgumentException(
                  "onemap.store must be h2gis or postgis, not '" + properties.store() + "'");
        };
    store.setQueryTimeout(properties.limits().queryTimeout());
    Flyway.configure()
        .dataSource(store.dataSource())
        // db/portal holds SQL both databases accept; db/portal-vendor/<db> what differs (the
        // session tables' byte column).
        .locations("classpath:db/portal", "classpath:db/portal-vendor/" + vendor(properties))
        .table("om_portal_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    log.info("feature store: {} with {} layers", store.backend(), store.layers().size());
    return store;
  }

  private static String vendor(PortalProperties properties) {
    return properties.store().equals("postgis") ? "postgresql" : "h2";
  }

  /**
   * The store's pool as the application's {@link DataSource}: Spring Session JDBC keeps the
   * sessions of every node there (and Boot's own embedded-database default never starts).
   */
  @Bean
  DataSource dataSource(JdbcFeatureStore store) {
    return store.dataSource();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
