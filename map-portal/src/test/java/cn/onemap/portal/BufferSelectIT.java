package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/layers/{id}/features/within} (buffer and select) over HTTP: metres on the
 * ground, the one layer access check, and 4xx JSON for bad input. The restricted gas pipe g1 runs
 * along 24.3°N; the probe point lies 0.0001° (11.07 m) north of it.
 */
class BufferSelectIT extends SecurityTestBase {
  private static final String PROBE = "{\"type\":\"Point\",\"coordinates\":[116.15,24.3001]}";
  private static boolean viewerCreated;

  private static String body(String geometry, double distance) {
    return "{\"geometry\":" + geometry + ",\"distance\":" + distance + "}";
  }

  private Http.Response within(Http http, String layer, String body) {
    return http.postJson(
        "/api/layers/" + layer + "/features/within", body, "X-OneMap-Client", "test");
  }

  @Test
  void selectsByMetresOnTheGround() {
    Http.Response near = within(admin(), "gas_pipes", body(PROBE, 12));
    assertThat(near.status()).as(near.body()).isEqualTo(200);
    assertThat(near.contentType()).startsWith("application/geo+json");
    assertThat(near.json().get("numberMatched").asLong()).isEqualTo(1);
    assertThat(near.json().at("/features/0/id").asText()).contains("g1");
    assertThat(near.json().get("plane").asText()).isEqualTo("EPSG:4548");
    assertThat(near.json().at("/buffer/type").asText()).isEqualTo("Polygon");
    assertThat(within(admin(), "gas_pipes", body(PROBE, 10)).json().get("numberMatched").asLong())
        .isZero();
    // A GeoJSON Feature is accepted as well as a bare geometry; limit 0 still counts.
    Http.Response feature =
        within(
            admin(),
            "gas_pipes",
            "{\"geometry\":{\"type\":\"Feature\",\"geometry\":"
                + PROBE
                + ",\"properties\":{}},\"distance\":12,\"limit\":0}");
    assertThat(feature.json().get("numberMatched").asLong()).isEqualTo(1);
    assertThat(feature.json().get("numberReturned").asLong()).isZero();
  }

  @Test
  void readsOnlyWhatTheCallerMayRead() {
    synchronized (BufferSelectIT.class) {
      if (!viewerCreated) {
        createUser("buffer_viewer", "viewer-password-1", "\"VIEWER\"");
        viewerCreated = true;
      }
    }
    Http viewer = new Http(port).basic("buffer_viewer", "viewer-password-1");
    Http.Response pipes = within(viewer, "gas_pipes", body(PROBE, 12));
    assertThat(pipes.status()).isEqualTo(404);
    assertThat(pipes.json().get("error").asText()).isEqualTo("LAYER_NOT_FOUND");
    assertThat(within(viewer, "buildings", body(PROBE, 12)).status()).isEqualTo(200);
    // Anonymous callers buffer public layers; restricted ones do not exist for them.
    assertThat(within(new Http(port), "roads", body(PROBE, 12)).status()).isEqualTo(200);
    assertThat(within(new Http(port), "gas_pipes", body(PROBE, 12)).status()).isEqualTo(404);
  }

  @Test
  void badInputIsA4xxWithItsCode() {
    assertError(within(admin(), "roads", body(PROBE, -1)), 400, "INVALID_DISTANCE");
    assertError(within(admin(), "roads", body(PROBE, 200_001)), 400, "INVALID_DISTANCE");
    assertError(within(admin(), "roads", "{\"distance\":5}"), 400, "BAD_REQUEST");
    assertError(within(admin(), "roads", "not json"), 400, "BAD_REQUEST");
    assertError(
        within(admin(), "roads", body("{\"type\":\"Pointy\",\"coordinates\":[1,2]}", 5)),
        400,
        "INVALID_GEOMETRY");
    assertError(
        within(admin(), "roads", "{\"distance\":\"far\",\"geometry\":" + PROBE + "}"),
        400,
        "BAD_REQUEST");
    String huge = "{\"pad\":\"" + "x".repeat(1_100_000) + "\",\"geometry\":" + PROBE + "}";
    assertError(within(admin(), "roads", huge), 413, "UPLOAD_TOO_LARGE");
    assertError(within(admin(), "no_such_layer", body(PROBE, 5)), 404, "LAYER_NOT_FOUND");
  }

  private static void assertError(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("error").asText()).as(r.body()).isEqualTo(code);
  }
}
