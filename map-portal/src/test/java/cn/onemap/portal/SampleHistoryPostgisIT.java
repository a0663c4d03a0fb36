package cn.onemap.portal;

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
    PostgisPortal.register(registry, "history", "small", ADMIN_PASSWORD);
  }

  @Test
  void theSampleCityCarriesRealHistory() throws Exception {
    SampleHistoryChecks.check(port, ADMIN_PASSWORD);
  }
}
