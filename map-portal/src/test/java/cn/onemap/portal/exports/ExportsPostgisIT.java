package cn.onemap.portal.exports;

import cn.onemap.core.testing.StoreFixture;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ExportsHttpBase} on PostGIS, in a schema of its own in the PostGIS that {@code
 * scripts/test.sh} starts, on port 18311.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ExportsPostgisIT extends ExportsHttpBase {
  static final int PORT = 18311;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    String schema = "exports_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String url = StoreFixture.postgisUrl();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    var dir = Files.createTempDirectory("onemap-exports-pg-");
    registry.add("server.port", () -> PORT);
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.store", () -> "postgis");
    registry.add(
        "onemap.postgis.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    registry.add("onemap.postgis.user", () -> "postgres");
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    registry.add("onemap.limits.max-features", () -> "5");
  }

  @Override
  int port() {
    return PORT;
  }
}
