package cn.onemap.portal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link SampleHistoryChecks} on the portal a newcomer starts (H2GIS, small sample city). */
class SampleHistoryIT extends SampleCityTestBase {
  @LocalServerPort int port;

  @Test
  void theSampleCityCarriesRealHistory() throws Exception {
    SampleHistoryChecks.check(port, ADMIN_PASSWORD);
  }
}
