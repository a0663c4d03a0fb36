package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Item 19: a page of a departmental web app on another origin (a static server on loopback, listed
 * in {@code onemap.cors.allowed-origins}) calls geocoding, REST (anonymous, by API key header and
 * with the signed-in session), WMS, WFS and OGC API with fetch() in Chromium; the same calls from a
 * page on an origin that is not listed are blocked by the browser. Preflights are answered without
 * credentials, and credentials are allowed only for the listed origin.
 */
class CorsBrowserIT extends SecurityTestBase {

  @Test
  void preflightsAreAnsweredWithoutCredentialsForListedOriginsOnly() {
    Http anonymous = new Http(port);
    Http.Response allowed =
        anonymous.options(
            "/api/layers/gas_pipes/features",
            "Origin",
            APP.origin(),
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "x-api-key");
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(APP.origin());
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-api-key");

    Http.Response refused =
        anonymous.options(
            "/api/layers/gas_pipes/features",
            "Origin",
            OTHER.origin(),
            "Access-Control-Request-Method",
            "GET");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    assertThat(
            anonymous
                .get("/api/layers", "Origin", OTHER.origin())
                .header("Access-Control-Allow-Origin"))
        .isNull();
  }

  @Test
  void aPageOnTheAppsOriginReachesEveryServiceAndAnotherOriginDoesNot() throws Exception {
    String key =
        admin()
            .postJson(
                "/api/admin/api-keys", "{\"name\":\"部门应用\",\"roles\":[\"RESTRICTED_READER\"]}")
            .json()
            .get("apiKey")
            .asText();
    ClientRun run =
        ClientRun.of(
            "node",
            Path.of("src/main/frontend/e2e/cors.e2e.js").toString(),
            APP.origin() + "/",
            OTHER.origin() + "/",
            "http://127.0.0.1:" + port,
            key,
            ADMIN_PASSWORD);
    assertThat(run.exit()).as(run.output()).isZero();
    JsonNode result = run.lastJsonLine();
    JsonNode app = result.get("app");
    for (String call :
        new String[] {"publicRest", "keyRest", "wms", "wfs", "ogcapi", "login", "sessionRest"}) {
      assertThat(app.get(call).has("blocked")).as(call + ": " + app.get(call)).isFalse();
      assertThat(app.get(call).get("status").asInt())
          .as(call + ": " + app.get(call))
          .isEqualTo(200);
    }
    // No sample city here, so the engine may be unavailable: the page still reads its answer.
    assertThat(app.get("geocode").has("blocked")).as(app.toString()).isFalse();
    assertThat(app.get("geocode").get("status").asInt()).isIn(200, 503);
    assertThat(app.get("wms").get("type").asText()).isEqualTo("image/png");
    assertThat(app.get("keyRest").get("body").asText()).contains("FeatureCollection");
    assertThat(app.get("sessionRest").get("body").asText()).contains("FeatureCollection");

    JsonNode other = result.get("other");
    other
        .fields()
        .forEachRemaining(
            call -> assertThat(call.getValue().has("blocked")).as(call.getKey()).isTrue());
  }
}
