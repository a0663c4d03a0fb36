package cn.onemap.portal;

import cn.onemap.portal.cases.CaseEscalationJob;
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
    PostgisPortal.register(registry, "casecfg", "small", ADMIN_PASSWORD);
    registry.add("onemap.cases.escalation-interval", () -> "PT1H");
  }

  @Test
  void adminRulesMoveNewDueDatesAndOverdueCasesEscalateOnce() throws Exception {
    CaseSettingsChecks.check(port, ADMIN_PASSWORD, clock, job);
  }
}
