package cn.onemap.portal.exports;

import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ExportsHttpBase} on the embedded H2GIS store, on port 18310. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ExportsH2gisIT extends ExportsHttpBase {
  static final int PORT = 18310;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    var dir = Files.createTempDirectory("onemap-exports-h2-");
    registry.add("server.port", () -> PORT);
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    registry.add("onemap.limits.max-features", () -> "5");
  }

  @Override
  int port() {
    return PORT;
  }
}
