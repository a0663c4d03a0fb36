package cn.onemap.portal;

import cn.onemap.core.testing.StoreFixture;
import cn.onemap.portal.cases.CaseEscalationJob;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CaseSettingsChecks} on a portal over PostGIS, the small sample city in its own schema. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSettingsPostgisIT {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired CaseEscalationJob job;

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    String schema = "casecfg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String url = StoreFixture.postgisUrl();
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    var dir = Files.createTempDirectory("onemap-case-settings-pg-");
    dir.toFile().deleteOnExit();
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.store", () -> "postgis");
    registry.add(
        "onemap.postgis.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    registry.add("onemap.postgis.user", () -> "postgres");
    registry.add("onemap.sample-city", () -> "small");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    registry.add("onemap.cases.escalation-interval", () -> "PT1H");
  }

  @Test
  void adminRulesMoveNewDueDatesAndOverdueCasesEscalateOnce() throws Exception {
    CaseSettingsChecks.check(port, ADMIN_PASSWORD, clock, job);
  }
}
