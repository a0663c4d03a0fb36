package cn.onemap.portal;

import cn.onemap.core.testing.StoreFixture;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SampleHistoryChecks} on a portal over PostGIS, the small sample city generated into a
 * schema of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleHistoryPostgisIT {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    String schema = "history_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String url = StoreFixture.postgisUrl();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    var dir = Files.createTempDirectory("onemap-history-pg-");
    dir.toFile().deleteOnExit();
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.store", () -> "postgis");
    registry.add(
        "onemap.postgis.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    registry.add("onemap.postgis.user", () -> "postgres");
    registry.add("onemap.sample-city", () -> "small");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
  }

  @Test
  void theSampleCityCarriesRealHistory() throws Exception {
    SampleHistoryChecks.check(port, ADMIN_PASSWORD);
  }
}
