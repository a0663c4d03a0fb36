package cn.onemap.portal.vectortiles;

import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link VectorTilesHttpBase} on the embedded H2GIS (tiles encoded in Java). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VectorTilesH2gisIT extends VectorTilesHttpBase {
  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    var dir = Files.createTempDirectory("onemap-vector-tiles-h2-");
    dir.toFile().deleteOnExit();
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
  }
}
