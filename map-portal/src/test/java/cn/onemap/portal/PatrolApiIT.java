package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Patrols and part inspections through the running portal on the small sample city: a grid manager
 * uploads a walk across their unit grid (201, coverage &gt; 0; resent, 200 and the same patrol; as
 * a GeoJSON LineString too), reads the day's coverage, lists the grid's parts and inspects one (a
 * new version: history and last inspection); a manager of another grid, a viewer and anonymous
 * callers are refused (403/401 JSON) and bad tracks and results are 400s that store nothing.
 */
class PatrolApiIT extends SampleCityTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  private Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  private Http user(String name) {
    return new Http(port).basic(name, name + "-password-1");
  }

  private String createUser(String prefix, String role, String... grids) throws Exception {
    String name = prefix + UUID.randomUUID().toString().substring(0, 6);
    Http.Response r =
        admin()
            .postJson(
                "/api/admin/users",
                JSON.writeValueAsString(
                    Map.of(
                        "username",
                        name,
                        "password",
                        name + "-password-1",
                        "displayName",
                        name,
                        "department",
                        "",
                        "roles",
                        List.of(role))));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    if (grids.length > 0) {
      Http.Response set =
          admin()
              .putJson(
                  "/api/admin/users/" + name + "/grids",
                  JSON.writeValueAsString(Map.of("grids", List.of(grids))));
      assertThat(set.status()).as(set.body()).isEqualTo(200);
    }
    return name;
  }

  /** A walk west–east across the grid's envelope at its middle latitude, a fix every 10 s. */
  private static List<Map<String, Object>> walk(double[] box, Instant start) {
    List<Map<String, Object>> points = new ArrayList<>();
    double lat = (box[1] + box[3]) / 2;
    for (int i = 0; i <= 20; i++) {
      double lon = box[0] + (box[2] - box[0]) * i / 20.0;
      points.add(
          Map.of(
              "lon", lon, "lat", lat, "t", start.plusSeconds(10L * i).toString(), "accuracy", 6));
    }
    return points;
  }

  private static double[] envelope(JsonNode polygon) {
    double[] box = {180, 90, -180, -90};
    for (JsonNode ring : polygon.at("/coordinates")) {
      for (JsonNode c : polygon.at("/type").asText().equals("MultiPolygon") ? ring.get(0) : ring) {
        box[0] = Math.min(box[0], c.get(0).asDouble());
        box[1] = Math.min(box[1], c.get(1).asDouble());
        box[2] = Math.max(box[2], c.get(0).asDouble());
        box[3] = Math.max(box[3], c.get(1).asDouble());
      }
    }
    return box;
  }

  @Test
  void aGridManagerPatrolsTheirGridAndInspectsItsParts() throws Exception {
    JsonNode part = admin().get("/api/layers/city_parts/features?limit=1").json().at("/features/0");
    String grid = part.at("/properties/bgid").asText();
    String partId = part.at("/properties/obj_id").asText();
    JsonNode gridFeature =
        admin()
            .get(
                "/api/layers/unit_grids/features?limit=1&filter="
                    + java.net.URLEncoder.encode(
                        "bgid = '" + grid + "'", java.nio.charset.StandardCharsets.UTF_8))
            .json()
            .at("/features/0/geometry");
    double[] box = envelope(gridFeature);
    String gm = createUser("pgm", "GRID_MANAGER", grid);
    String other = createUser("pgx", "GRID_MANAGER");
    String viewer = createUser("pview", "VIEWER");
    Instant start = Instant.now().minusSeconds(600);
    String patrolId = "p-" + UUID.randomUUID();
    String body =
        JSON.writeValueAsString(
            Map.of("patrolId", patrolId, "grid", grid, "points", walk(box, start)));

    // Refused: anonymous, a viewer, a manager of other grids; nothing stored.
    assertThat(new Http(port).postJson("/api/patrols", body).status()).isEqualTo(401);
    Http.Response viewerUpload = user(viewer).postJson("/api/patrols", body);
    assertThat(viewerUpload.status()).as(viewerUpload.body()).isEqualTo(403);
    Http.Response notHis = user(other).postJson("/api/patrols", body);
    assertThat(notHis.status()).isEqualTo(403);
    assertThat(notHis.json().get("error").asText()).isEqualTo("NOT_YOUR_GRID");
    assertThat(user(gm).get("/api/patrols").json()).isEmpty();

    // Bad tracks: 400 JSON with the reason.
    List<Map<String, Object>> backwards = new ArrayList<>(walk(box, start));
    backwards.add(backwards.remove(0));
    Http.Response back =
        user(gm)
            .postJson(
                "/api/patrols",
                JSON.writeValueAsString(
                    Map.of("patrolId", "p-back-0001", "grid", grid, "points", backwards)));
    assertThat(back.status()).isEqualTo(400);
    assertThat(back.json().get("error").asText()).isEqualTo("INVALID_TRACK");
    Http.Response shortOne =
        user(gm)
            .postJson(
                "/api/patrols",
                JSON.writeValueAsString(
                    Map.of(
                        "patrolId",
                        "p-short-0001",
                        "grid",
                        grid,
                        "points",
                        walk(box, start).subList(0, 1))));
    assertThat(shortOne.status()).isEqualTo(400);
    assertThat(shortOne.json().get("error").asText()).isEqualTo("TRACK_TOO_SHORT");
    assertThat(user(gm).postJson("/api/patrols", "{not json").status()).isEqualTo(400);
    assertThat(
            user(gm)
                .postJson("/api/patrols", "{\"patrolId\":\"bad id!\",\"points\":[]}")
                .json()
                .get("error")
                .asText())
        .isEqualTo("INVALID_PATROL_ID");
    assertThat(user(gm).get("/api/patrols").json()).isEmpty();

    // Stored, then resent: the same patrol, 200.
    Http.Response created = user(gm).postJson("/api/patrols", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("grid").asText()).isEqualTo(grid);
    assertThat(created.json().get("coverage").asDouble()).isGreaterThan(0);
    assertThat(created.json().at("/track/type").asText()).isEqualTo("LineString");
    Http.Response resent = user(gm).postJson("/api/patrols", body);
    assertThat(resent.status()).isEqualTo(200);
    assertThat(resent.json().get("id").asText()).isEqualTo(patrolId);
    assertThat(resent.json().get("created").asBoolean()).isFalse();

    // The same walk as a GeoJSON Feature with parallel times.
    List<Map<String, Object>> w = walk(box, start.plusSeconds(300));
    Map<String, Object> feature =
        Map.of(
            "type",
            "Feature",
            "geometry",
            Map.of(
                "type",
                "LineString",
                "coordinates",
                w.stream().map(p -> List.of(p.get("lon"), p.get("lat"))).toList()),
            "properties",
            Map.of(
                "patrolId",
                "g-" + UUID.randomUUID(),
                "times",
                w.stream().map(p -> p.get("t")).toList(),
                "accuracies",
                w.stream().map(p -> p.get("accuracy")).toList()));
    Http.Response geo = user(gm).postJson("/api/patrols", JSON.writeValueAsString(feature));
    assertThat(geo.status()).as(geo.body()).isEqualTo(201);
    assertThat(geo.json().get("grid").asText()).as("the manager's one grid").isEqualTo(grid);
    assertThat(user(gm).get("/api/patrols?grid=" + grid).json()).hasSize(2);
    assertThat(user(other).get("/api/patrols").json()).isEmpty();

    // Coverage of today: both walks (one strip), the covered part as GeoJSON.
    Http.Response coverage = user(gm).get("/api/patrols/coverage?grid=" + grid + "&period=today");
    assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
    assertThat(coverage.json().get("patrols").asInt()).isEqualTo(2);
    assertThat(coverage.json().get("ratio").asDouble())
        .isGreaterThan(0)
        .isCloseTo(
            created.json().get("coverage").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(coverage.json().at("/covered/type").asText()).contains("Polygon");
    assertThat(user(gm).get("/api/patrols/coverage?grid=" + grid + "&period=year").status())
        .isEqualTo(400);
    assertThat(user(other).get("/api/patrols/coverage?grid=" + grid).status()).isEqualTo(403);
    assertThat(admin().get("/api/patrols/coverage?grid=" + grid + "&period=week").status())
        .isEqualTo(200);

    // Parts of the grid, with Chinese class names; an inspection is a new version.
    Http.Response parts = user(gm).get("/api/cases/grids/" + grid + "/parts?limit=500");
    assertThat(parts.status()).as(parts.body()).isEqualTo(200);
    assertThat(parts.json().get("total").asLong()).isGreaterThan(0);
    assertThat(parts.json().get("results").toString()).contains("完好", "破损");
    JsonNode first = parts.json().at("/parts/0");
    assertThat(first.get("minorName").asText()).isNotBlank();
    assertThat(user(other).get("/api/cases/grids/" + grid + "/parts").status()).isEqualTo(403);
    Http.Response denied =
        user(other).postJson("/api/parts/" + partId + "/inspections", "{\"result\":\"完好\"}");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().get("error").asText()).isEqualTo("NOT_YOUR_GRID");
    Http.Response badResult =
        user(gm).postJson("/api/parts/" + partId + "/inspections", "{\"result\":\"很好\"}");
    assertThat(badResult.status()).isEqualTo(400);
    assertThat(badResult.json().get("error").asText()).isEqualTo("INVALID_RESULT");
    assertThat(user(gm).postJson("/api/parts/nope/inspections", "{\"result\":\"完好\"}").status())
        .isEqualTo(404);
    Http.Response huge =
        user(gm)
            .postJson(
                "/api/parts/" + partId + "/inspections",
                "{\"result\":\"完好\",\"note\":\"" + "x".repeat(20_000) + "\"}");
    assertThat(huge.status()).isEqualTo(413);
    assertThat(
            user(gm)
                .postJson(
                    "/api/parts/" + partId + "/inspections",
                    "{\"result\":\"完好\",\"inspectedAt\":\"yesterday\"}")
                .status())
        .isEqualTo(400);
    int versionsBefore =
        admin()
            .get("/api/layers/city_parts/features/" + partId + "/history")
            .json()
            .at("/features")
            .size();
    Http.Response inspected =
        user(gm)
            .postJson(
                "/api/parts/" + partId + "/inspections", "{\"result\":\"破损\",\"note\":\"井盖裂开\"}");
    assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
    assertThat(inspected.json().get("reportable").asBoolean()).isTrue();
    assertThat(inspected.json().at("/part/state").asText()).isEqualTo("破损");
    assertThat(inspected.json().at("/part/lastInspection/result").asText()).isEqualTo("破损");
    assertThat(inspected.json().at("/part/lastInspection/inspectedBy").asText()).isEqualTo(gm);
    Http.Response fine =
        user(gm).postJson("/api/parts/" + partId + "/inspections", "{\"result\":\"完好\"}");
    assertThat(fine.json().get("reportable").asBoolean()).isFalse();
    assertThat(fine.json().at("/part/history").size()).isEqualTo(2);
    assertThat(
            admin()
                .get("/api/layers/city_parts/features/" + partId + "/history")
                .json()
                .at("/features")
                .size())
        .isEqualTo(versionsBefore + 2);
    // An inspection made offline, sent twice: one version, at the phone's time.
    String offline =
        "{\"result\":\"占用\",\"inspectedAt\":\"" + Instant.now().minusSeconds(600) + "\"}";
    Http.Response late = user(gm).postJson("/api/parts/" + partId + "/inspections", offline);
    assertThat(late.status()).as(late.body()).isEqualTo(201);
    assertThat(user(gm).postJson("/api/parts/" + partId + "/inspections", offline).json())
        .isEqualTo(late.json());
    assertThat(
            admin()
                .get("/api/layers/city_parts/features/" + partId + "/history")
                .json()
                .at("/features")
                .size())
        .isEqualTo(versionsBefore + 3);
  }
}
