package cn.onemap.portal;

import cn.onemap.core.testing.StoreFixture;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The properties of a portal under test on the test PostGIS: a fresh schema of its own (named
 * {@code <prefix>_<random>}), a temporary data directory, the sample city and admin password given.
 */
public final class PostgisPortal {
  private PostgisPortal() {}

  public static void register(
      DynamicPropertyRegistry registry, String prefix, String sampleCity, String adminPassword)
      throws Exception {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String url = StoreFixture.postgisUrl();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    var dir = Files.createTempDirectory("onemap-" + prefix + "-pg-");
    dir.toFile().deleteOnExit();
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.store", () -> "postgis");
    registry.add(
        "onemap.postgis.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    registry.add("onemap.postgis.user", () -> "postgres");
    registry.add("onemap.sample-city", () -> sampleCity);
    registry.add("onemap.security.initial-admin-password", () -> adminPassword);
  }
}
