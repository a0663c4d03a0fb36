package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Wkt;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Opens the portal page in Debian's headless Chromium (playwright-core, no downloaded browser): the
 * layer list, features drawn on the CGCS2000 map, and a click that opens a feature's popup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageIT {
  static final Path dataDir = TestDirs.create("map-page");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> "admin-password-for-tests");
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  @Test
  void theMapShowsLayersAndOpensFeatureAttributes() throws Exception {
    store.createLayer(
        LayerDefinition.of(
                "parks",
                "公园绿地",
                LayerKind.BASE,
                GeometryType.POLYGON,
                List.of(AttributeDefinition.required("name", AttributeType.STRING, "名称")))
            .withAccessLevel(AccessLevel.PUBLIC));
    store.apply(
        "parks",
        List.of(
            FeatureEdit.insert(
                "p1",
                Wkt.read(
                    "POLYGON ((116.10 24.28, 116.13 24.28, 116.13 24.30, 116.10 24.30, 116.10 24.28))"),
                Map.of("name", "剑英公园")),
            FeatureEdit.insert(
                "p2",
                Wkt.read(
                    "POLYGON ((116.14 24.28, 116.15 24.28, 116.15 24.29, 116.14 24.29, 116.14 24.28))"),
                Map.of("name", "江滨公园"))),
        EditContext.by("setup"));

    Path screenshot = Path.of("target", "map-page.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Process node =
        new ProcessBuilder(
                "node",
                "e2e/map.e2e.js",
                "http://127.0.0.1:" + port + "/",
                screenshot.toString(),
                "116.115",
                "24.29",
                "公园绿地")
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true)
            .start();
    boolean finished = node.waitFor(120, TimeUnit.SECONDS);
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      node.destroyForcibly();
    }
    assertThat(finished).as("browser test timed out: " + output).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("OK:").contains("剑英公园");
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }
}
