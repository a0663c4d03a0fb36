package cn.onemap.portal;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal as a newcomer starts it: embedded H2GIS, the small sample city generated on first
 * start. Subclasses share one application context (and one generation).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SampleCityTestBase {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  static final Path dataDir = TestDirs.create("sample-city");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "small");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    registry.add(
        "onemap.wms.styles-dir",
        () -> Path.of("src/test/resources/styles").toAbsolutePath().toString());
  }
}
