package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end: the portal starts, loads the sample city, and serves it over HTTP by access level.
 */
class SampleCityApiIT extends SampleCityTestBase {
  @LocalServerPort int port;

  @Test
  void theCityIsLoadedAndServedByAccessLevel() throws Exception {
    Http anonymous = new Http(port);
    var publicLayers = anonymous.get("/api/layers").json().findValuesAsText("id");
    assertThat(publicLayers)
        .contains("roads", "buildings", "water", "admin_communities")
        .doesNotContain("city_parts");
    assertThat(publicLayers).noneMatch(id -> id.startsWith("pipe_"));
    assertThat(anonymous.get("/api/layers/pipe_jp_segments/features").status()).isEqualTo(404);

    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    var allLayers = admin.get("/api/layers").json().findValuesAsText("id");
    assertThat(allLayers)
        .contains("pipe_jp_segments", "city_parts", "unit_grids", "addresses", "events");

    JsonNode roads =
        anonymous.get("/api/layers/roads/features?bbox=116.08,24.26,116.16,24.32&limit=50").json();
    assertThat(roads.get("numberMatched").asInt()).isGreaterThan(50);
    assertThat(roads.get("numberReturned").asInt()).isEqualTo(50);
    JsonNode road = roads.get("features").get(0);
    assertThat(road.get("geometry").get("type").asText()).isEqualTo("LineString");
    assertThat(road.get("properties").get("name").asText()).isNotBlank();

    JsonNode towns = anonymous.get("/api/layers/admin_towns/features").json();
    assertThat(towns.findValuesAsText("name")).anyMatch(n -> n.endsWith("街道") || n.endsWith("镇"));

    JsonNode parts =
        admin
            .get(
                "/api/layers/city_parts/features?limit=5&filter=" + Http.q("obj_id LIKE '441402%'"))
            .json();
    assertThat(parts.get("features").get(0).get("properties").get("obj_id").asText())
        .matches("441402\\d{10}");

    JsonNode renamed =
        anonymous
            .get("/api/layers/address_streets/features?limit=1&filter=" + Http.q("version = 2"))
            .json();
    assertThat(renamed.get("numberMatched").asInt()).isPositive();
    String streetId = renamed.get("features").get(0).get("id").asText();
    JsonNode history =
        anonymous
            .get("/api/layers/address_streets/features/" + streetId + "/history")
            .json()
            .get("features");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("properties").get("name").asText())
        .isNotEqualTo(history.get(1).get("properties").get("name").asText());

    assertThat(Files.list(dataDir.resolve("bureau-records")).map(p -> p.getFileName().toString()))
        .contains("gongan_huji.csv", "gongan_huji.answers.csv");
  }
}
