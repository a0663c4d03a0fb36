package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.sample.CitySize;
import cn.onemap.sample.SampleCity;
import cn.onemap.sample.address.StreetRenames;
import cn.onemap.sample.history.BuildingHistory;
import cn.onemap.sample.history.CityHistory;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The sample city's history over real HTTP, shared by the H2GIS and PostGIS portals: the feature
 * history endpoint lists a renamed street's versions with author, reason and valid-from; a WMS
 * GetMap of 2017 draws a building demolished later and one of 2026 does not; a REST import with
 * {@code validFrom} appends history as of then and one that would rewrite history fails and writes
 * nothing.
 */
final class SampleHistoryChecks {
  private static final String WELLS =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"code":"W1","depth":%s},"geometry":{"type":"Point","coordinates":[116.111,24.291]}}
      ]}
      """;

  private SampleHistoryChecks() {}

  static void check(int port, String adminPassword) throws Exception {
    Http anonymous = new Http(port);
    Http admin = new Http(port).basic("admin", adminPassword).header("X-OneMap-Client", "test");
    SampleCity city = SampleCity.of(CitySize.SMALL);

    // the feature history of a renamed street
    StreetRenames.Rename rename = StreetRenames.of(city.model()).get(0);
    JsonNode versions =
        anonymous
            .get("/api/layers/address_streets/features/" + rename.streetCode() + "/history")
            .json()
            .get("features");
    assertThat(versions).hasSize(2);
    JsonNode v1 = versions.get(0).get("properties");
    JsonNode v2 = versions.get(1).get("properties");
    assertThat(v1.get("name").asText()).isEqualTo(rename.oldName());
    assertThat(v2.get("name").asText()).isEqualTo(rename.newName());
    JsonNode first = versions.get(0).get("version");
    JsonNode second = versions.get(1).get("version");
    assertThat(Instant.parse(first.get("validFrom").asText())).isEqualTo(CityHistory.BASELINE);
    assertThat(Instant.parse(first.get("validTo").asText())).isEqualTo(rename.validFrom());
    assertThat(Instant.parse(second.get("validFrom").asText())).isEqualTo(rename.validFrom());
    assertThat(second.get("author").asText()).isEqualTo(SampleCity.AUTHOR);
    assertThat(second.get("reason").asText()).isEqualTo(rename.reason());
    assertThat(
            anonymous
                .get(
                    "/api/layers/address_streets/features/"
                        + rename.streetCode()
                        + "?asOf=2018-06-01")
                .json()
                .at("/properties/name")
                .asText())
        .isEqualTo(rename.oldName());

    // WMS TIME: a building demolished after 2017 is drawn in 2017, not in 2026
    Instant y2017 = Instant.parse("2017-01-01T00:00:00Z");
    Map.Entry<String, Instant> demolished =
        BuildingHistory.of(city.model()).demolished().entrySet().stream()
            .filter(e -> e.getValue().isAfter(y2017))
            .sorted(Map.Entry.comparingByKey())
            .findFirst()
            .orElseThrow();
    JsonNode building =
        anonymous.get("/api/layers/buildings/features/" + demolished.getKey() + "/history").json();
    JsonNode ring = building.at("/features/0/geometry/coordinates/0");
    double lon = 0;
    double lat = 0;
    for (int i = 0; i < 4; i++) {
      lon += ring.get(i).get(0).asDouble() / 4;
      lat += ring.get(i).get(1).asDouble() / 4;
    }
    assertThat(building.at("/features/1/version/operation").asText()).isEqualTo("DELETE");
    BufferedImage y2017Map = getMap(port, lon, lat, "2017-01-01");
    BufferedImage y2026Map = getMap(port, lon, lat, "2026-10-01");
    assertThat(alpha(y2017Map, 64, 64)).as("the building stands in 2017").isGreaterThan(0);
    assertThat(alpha(y2026Map, 64, 64)).as("and is gone in 2026").isZero();

    // a historical import through REST
    Http.Response future =
        admin.upload(
            "/api/layers/history_wells/import?create=true&key=code&validFrom=2999-01-01",
            "wells.geojson",
            WELLS.formatted("10.5").getBytes(StandardCharsets.UTF_8));
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(future.body()).contains("future");
    JsonNode loaded =
        importAndWait(admin, "create=true&key=code&validFrom=2019-06-01&reason=补录2019年", "10.5");
    assertThat(loaded.get("state").asText()).as(loaded.toString()).isEqualTo("SUCCEEDED");
    String well =
        admin.get("/api/layers/history_wells/features").json().at("/features/0/id").asText();
    JsonNode wellVersion =
        admin
            .get("/api/layers/history_wells/features/" + well + "/history")
            .json()
            .at("/features/0/version");
    assertThat(Instant.parse(wellVersion.get("validFrom").asText()))
        .isEqualTo(Instant.parse("2019-05-31T16:00:00Z"));
    assertThat(wellVersion.get("author").asText())
        .isEqualTo("系统管理员"); // the admin account's display name
    assertThat(wellVersion.get("reason").asText()).isEqualTo("补录2019年");

    JsonNode rewrite = importAndWait(admin, "key=code&validFrom=2018-01-01", "99.5");
    assertThat(rewrite.get("state").asText()).as(rewrite.toString()).isEqualTo("FAILED");
    assertThat(rewrite.at("/error/code").asText()).isEqualTo("HISTORY_REWRITE");
    JsonNode after = admin.get("/api/layers/history_wells/features/" + well + "/history").json();
    assertThat(after.get("features")).as("nothing written").hasSize(1);
    assertThat(after.at("/features/0/properties/depth").asDouble()).isEqualTo(10.5);
  }

  private static JsonNode importAndWait(Http admin, String query, String depth) throws Exception {
    Http.Response r =
        admin.upload(
            "/api/layers/history_wells/import?" + query,
            "wells.geojson",
            WELLS.formatted(depth).getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return JobsRestartIT.await(admin, "/api/jobs/" + r.json().get("id").asText());
  }

  private static BufferedImage getMap(int port, double lon, double lat, String time)
      throws Exception {
    double d = 0.0004;
    String bbox = (lat - d) + "," + (lon - d) + "," + (lat + d) + "," + (lon + d);
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=buildings"
                                + "&STYLES=&CRS=EPSG:4490&BBOX="
                                + bbox
                                + "&WIDTH=128&HEIGHT=128&FORMAT=image/png&TRANSPARENT=TRUE&TIME="
                                + time))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertThat(img).as("a PNG").isNotNull();
    return img;
  }

  private static int alpha(BufferedImage img, int x, int y) {
    return (img.getRGB(x, y) >>> 24) & 0xff;
  }
}
