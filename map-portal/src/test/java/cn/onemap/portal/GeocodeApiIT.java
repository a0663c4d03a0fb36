package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.address.MatchLevel;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The geocoding API over real HTTP on the small sample city: the JSON contract, out-of-area
 * addresses, reverse geocoding with access-dependent unit grids, bad input as JSON 4xx, and the
 * anonymous rate limit.
 */
class GeocodeApiIT extends SampleCityTestBase {
  static final Set<String> LEVELS =
      Set.of(Arrays.stream(MatchLevel.values()).map(MatchLevel::key).toArray(String[]::new));

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  /** A door-plate address of the sample city: code, text, point. */
  record Door(String code, String text, double x, double y) {}

  Door door(String ecql) {
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer("addresses")
                .bbox(116.10, 24.27, 116.14, 24.31)
                .ecql(ecql)
                .limit(1)
                .build())) {
      Feature f = c.next();
      Point p = (Point) f.geometry().orElseThrow();
      return new Door(f.id(), f.attributes().get("full_address").toString(), p.getX(), p.getY());
    }
  }

  @Test
  void geocodeAnswersTheContractBestFirst() {
    Door door = door("level = '门牌'");
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    Http.Response r = admin.get("/api/geocode?limit=5&q=" + Http.q(door.text()));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("query").asText()).isEqualTo(door.text());
    assertThat(body.get("status").asText()).isEqualTo("matched");
    JsonNode candidates = body.get("candidates");
    assertThat(candidates.size()).isBetween(1, 5);
    JsonNode best = candidates.get(0);
    assertThat(best.get("code").asText()).isEqualTo(door.code());
    assertThat(best.get("address").asText()).isEqualTo(door.text());
    assertThat(best.get("x").asDouble()).isCloseTo(door.x(), within(1e-7));
    assertThat(best.get("y").asDouble()).isCloseTo(door.y(), within(1e-7));
    assertThat(best.get("level").asText()).isEqualTo("door");
    assertThat(best.get("confidence").asDouble()).isBetween(0.8, 1.0);
    assertThat(best.get("interpolated").isBoolean()).isTrue();
    assertThat(best.get("interpolated").asBoolean()).isFalse();

    // parts: keys among the levels, coarse to fine, admin levels with their statistical codes
    List<String> keys = new ArrayList<>();
    best.get("parts").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isSubsetOf(LEVELS).contains("province", "city", "county", "street", "door");
    List<Integer> order =
        keys.stream().map(k -> MatchLevel.ofKey(k).orElseThrow().ordinal()).toList();
    assertThat(order).isSorted();
    assertThat(best.at("/parts/province/code").asText()).startsWith("44");
    assertThat(best.at("/parts/city/code").asText()).startsWith("4414");
    assertThat(best.at("/parts/county/code").asText()).matches("4414\\d\\d");
    assertThat(best.at("/parts/county/name").asText()).isIn("梅江区", "梅县区");
    assertThat(best.at("/parts/door/name").asText()).endsWith("号");

    double previous = 1;
    for (JsonNode c : candidates) {
      assertThat(c.get("level").asText()).isIn(LEVELS);
      assertThat(c.get("confidence").asDouble()).isLessThanOrEqualTo(previous);
      previous = c.get("confidence").asDouble();
    }

    // A room of the same city: finer level, still exact.
    Door room = door("level = '户室'");
    JsonNode roomBest =
        admin.get("/api/geocode?q=" + Http.q(room.text())).json().at("/candidates/0");
    assertThat(roomBest.get("code").asText()).isEqualTo(room.code());
    assertThat(roomBest.get("level").asText()).isEqualTo("room");
    assertThat(roomBest.at("/parts/room/name").asText()).endsWith("室");
  }

  @Test
  void anAddressElsewhereIsRecognisedWithItsCountyCode() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    JsonNode body = admin.get("/api/geocode?q=" + Http.q("广东省广州市天河区体育西路100号")).json();
    assertThat(body.get("status").asText()).isEqualTo("out_of_area");
    JsonNode best = body.at("/candidates/0");
    assertThat(best.at("/parts/county/code").asText()).isEqualTo("440106");
    assertThat(best.at("/parts/county/name").asText()).isEqualTo("天河区");
    assertThat(best.get("code").asText()).doesNotStartWith("4414");
  }

  @Test
  void reverseGeocodeFindsTheAddressAndItsUnits() {
    Door door = door("level = '门牌'");
    String path = "/api/reverse-geocode?radius=50&x=" + door.x() + "&y=" + door.y();
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    JsonNode body = admin.get(path).json();
    assertThat(body.get("radius").asDouble()).isEqualTo(50);
    JsonNode nearest = body.get("nearest");
    assertThat(nearest.size()).isPositive();
    List<String> codes = nearest.findValuesAsText("code");
    assertThat(codes).contains(door.code());
    assertThat(nearest.get(0).get("distance").asDouble()).isLessThan(0.5);
    double previous = 0;
    for (JsonNode n : nearest) {
      assertThat(n.get("distance").asDouble()).isBetween(previous, 50.0);
      previous = n.get("distance").asDouble();
    }
    JsonNode containing = body.get("containing");
    assertThat(containing.findValuesAsText("kind")).contains("county", "town", "community", "grid");
    for (JsonNode u : containing) {
      String expected =
          switch (u.get("kind").asText()) {
            case "county" -> "4414\\d{2}";
            case "town" -> "4414\\d{5}";
            case "community" -> "4414\\d{8}";
            default -> "4414\\d{10}";
          };
      assertThat(u.get("code").asText()).matches(expected);
    }
    assertThat(door.code()).startsWith(unit(containing, "county").get("code").asText());

    // Unit grids are internal: anonymous callers get the admin units only.
    JsonNode anonymous = new Http(port).get(path).json();
    assertThat(anonymous.get("containing").findValuesAsText("kind"))
        .contains("county", "community")
        .doesNotContain("grid");
    assertThat(anonymous.get("nearest").findValuesAsText("code")).contains(door.code());
  }

  static JsonNode unit(JsonNode containing, String kind) {
    for (JsonNode u : containing) {
      if (u.get("kind").asText().equals(kind)) {
        return u;
      }
    }
    throw new AssertionError("no " + kind + " in " + containing);
  }

  @Test
  void badInputIsAJsonClientError() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    expectError(admin.get("/api/geocode?q="), 400, "EMPTY_ADDRESS");
    expectError(admin.get("/api/geocode?q=" + Http.q("   ")), 400, "EMPTY_ADDRESS");
    expectError(admin.get("/api/geocode"), 400, "BAD_REQUEST");
    expectError(admin.get("/api/geocode?q=" + Http.q("梅".repeat(3400))), 400, "ADDRESS_TOO_LONG");
    expectError(
        admin.get("/api/geocode?q=" + Http.q("梅江区\u0000\u0001\u0002\u0003彬芳大道")),
        400,
        "INVALID_ADDRESS_CHARACTERS");
    expectError(admin.get("/api/geocode?q=abc&limit=abc"), 400, "BAD_REQUEST");
    expectError(admin.get("/api/geocode?q=abc&limit=0"), 400, "INVALID_LIMIT");
    expectError(admin.get("/api/geocode?q=abc&limit=500"), 400, "INVALID_LIMIT");
    expectError(admin.get("/api/reverse-geocode?x=abc&y=24.3"), 400, "BAD_REQUEST");
    expectError(admin.get("/api/reverse-geocode?y=24.3"), 400, "BAD_REQUEST");
    expectError(
        admin.get("/api/reverse-geocode?x=116.1&y=24.3&radius=100000"), 400, "INVALID_RADIUS");
    expectError(admin.get("/api/reverse-geocode?x=116.1&y=24.3&radius=-1"), 400, "INVALID_RADIUS");
    expectError(admin.get("/api/reverse-geocode?x=516.1&y=24.3"), 400, "INVALID_POSITION");
  }

  static void expectError(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode error = r.json();
    assertThat(error.get("error").asText()).as(r.body()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.has("details")).isTrue();
  }

  @Test
  void everyGeocodingEndpointIsDocumented() {
    JsonNode paths = new Http(port).get("/v3/api-docs").json().get("paths");
    assertThat(paths.has("/api/geocode")).isTrue();
    assertThat(paths.at("/~1api~1geocode/get/parameters").findValuesAsText("name"))
        .contains("q", "limit");
    assertThat(paths.at("/~1api~1reverse-geocode/get/parameters").findValuesAsText("name"))
        .contains("x", "y", "radius");
    for (String path :
        List.of(
            "/api/geocode/batch",
            "/api/geocode/batch/{id}",
            "/api/geocode/batch/{id}/result",
            "/api/geocode/review",
            "/api/geocode/review/{id}",
            "/api/geocode/review/{id}/confirm",
            "/api/geocode/review/{id}/correct",
            "/api/geocode/review/{id}/reject",
            "/api/geocode/engine",
            "/api/geocode/engine/refresh")) {
      assertThat(paths.has(path)).as(path).isTrue();
      paths.get(path).forEach(op -> assertThat(op.get("summary").asText()).as(path).isNotBlank());
    }
    assertThat(paths.at("/~1api~1geocode~1batch/post/responses").has("413")).isTrue();
  }

  @Test
  void anonymousCallersAreRateLimitedPerAddress() throws Exception {
    Http anonymous = new Http(port);
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    Http.Response limited = null;
    int ok = 0;
    for (int i = 0; i < 60 && limited == null; i++) {
      // A client cannot pick a fresh address by header: no proxy is trusted by default.
      Http.Response r =
          anonymous.get(
              "/api/geocode?q=" + Http.q("梅江区彬芳大道" + i + "号"), "X-Forwarded-For", "203.0.113." + i);
      if (r.status() == 429) {
        limited = r;
      } else {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        ok++;
      }
    }
    assertThat(limited).as("no 429 after 60 quick anonymous requests").isNotNull();
    assertThat(ok).isGreaterThanOrEqualTo(20); // the burst
    expectError(limited, 429, "RATE_LIMITED");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertThat(limited.json().at("/details/retryAfterSeconds").asLong()).isPositive();
    expectError(anonymous.get("/api/reverse-geocode?x=116.12&y=24.29"), 429, "RATE_LIMITED");

    // Signed-in callers are not limited, even from the same address.
    for (int i = 0; i < 30; i++) {
      assertThat(admin.get("/api/geocode?q=" + Http.q("梅江区彬芳大道" + i + "号")).status())
          .isEqualTo(200);
    }
    // The bucket refills (burst 20 at 5/s): wait until a full burst is back for other tests.
    Thread.sleep(4_500);
    assertThat(anonymous.get("/api/geocode?q=" + Http.q("梅江区")).status()).isEqualTo(200);
  }
}
