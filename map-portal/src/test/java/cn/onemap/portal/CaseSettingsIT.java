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

/** {@link CaseSettingsChecks} on the embedded H2GIS portal with the small sample city. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSettingsIT {
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
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> TestDirs.create("case-settings").toString());
    registry.add("onemap.sample-city", () -> "small");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    // The test runs the job itself.
    registry.add("onemap.cases.escalation-interval", () -> "PT1H");
  }

  @Test
  void adminRulesMoveNewDueDatesAndOverdueCasesEscalateOnce() throws Exception {
    CaseSettingsChecks.check(port, ADMIN_PASSWORD, clock, job);
  }
}
