package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the portal page on the sample city in Debian's headless Chromium (playwright-core, no
 * downloaded browser): the layer list, the WMTS base map and labels of Tianditu's c grid loading
 * (200, PNG, strong ETag), a click on a building that opens its attribute popup, the address search
 * box (a real address typed, the first candidate picked, the map centred on it), an internal
 * layer's vector tile refused to the anonymous page, then after signing in the city parts drawn as
 * vector tiles and one tile decoded with {@code @mapbox/vector-tile}, the switch to the w grid, and
 * the page on a phone-sized screen. {@code ONEMAP_E2E_SHOTS=<dir>} keeps screenshots there.
 */
class MapPageIT extends SampleCityTestBase {
  @LocalServerPort int port;
  @Autowired FeatureStore store;

  @Test
  void theMapShowsTheCityAndOpensFeatureAttributes() throws Exception {
    Point target;
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer("buildings").bbox(116.11, 24.28, 116.13, 24.30).limit(1).build())) {
      Feature building = c.next();
      target = building.geometry().orElseThrow().getInteriorPoint();
    }
    Feature address;
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer("addresses")
                .bbox(116.11, 24.28, 116.13, 24.30)
                .ecql("level = '门牌'")
                .limit(1)
                .build())) {
      address = c.next();
    }
    Point at = (Point) address.geometry().orElseThrow();
    Path screenshot = Path.of("target", "map-page.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Path log = Path.of("target", "map-page-e2e.log").toAbsolutePath();
    ProcessBuilder browser =
        new ProcessBuilder(
                "node",
                "e2e/map.e2e.js",
                "http://127.0.0.1:" + port + "/",
                screenshot.toString(),
                Double.toString(target.getX()),
                Double.toString(target.getY()),
                "建筑物",
                address.attributes().get("full_address").toString(),
                address.id(),
                Double.toString(at.getX()),
                Double.toString(at.getY()))
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    browser.environment().put("E2E_LOGIN", "admin:" + ADMIN_PASSWORD);
    browser.environment().put("E2E_MVT_LAYER", "city_parts");
    browser.environment().put("E2E_MVT_ATTRIBUTE", "obj_id");
    String shots = System.getenv("ONEMAP_E2E_SHOTS");
    if (shots != null && !shots.isBlank()) {
      browser.environment().put("E2E_SHOTS", shots);
    }
    Process node = browser.start();
    boolean finished = node.waitFor(180, TimeUnit.SECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (!finished) {
      node.destroyForcibly();
    }
    assertThat(finished).as("browser test timed out: " + output).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("OK:")
        .contains("search centred on")
        .contains("WMTS c tiles:")
        .contains("city_parts tile")
        .contains("w: ");
    assertThat(Files.size(screenshot)).isGreaterThan(20_000);
  }
}
