package cn.onemap.portal.exports;

import cn.onemap.portal.PostgisPortal;
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
    PostgisPortal.register(registry, "exports", "none", ADMIN_PASSWORD);
    registry.add("server.port", () -> PORT);
    registry.add("onemap.limits.max-features", () -> "5");
  }

  @Override
  int port() {
    return PORT;
  }
}
