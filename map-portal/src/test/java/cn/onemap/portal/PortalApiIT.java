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
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal over real HTTP on the embedded H2GIS store: catalog, features, access levels. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalApiIT {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  static final Path dataDir = TestDirs.create("portal-api");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;
  Instant beforeEdit;

  @BeforeAll
  void loadLayers() {
    store.createLayer(
        LayerDefinition.of(
                "roads",
                "道路",
                LayerKind.BASE,
                GeometryType.LINESTRING,
                List.of(
                    AttributeDefinition.required("name", AttributeType.STRING, "道路名称"),
                    AttributeDefinition.optional("lanes", AttributeType.INTEGER, "车道数")))
            .withAccessLevel(AccessLevel.PUBLIC));
    store.createLayer(
        LayerDefinition.of(
            "gas_pipes",
            "燃气管线",
            LayerKind.PIPELINE,
            GeometryType.LINESTRING,
            List.of(AttributeDefinition.optional("material", AttributeType.STRING, "材质"))));
    store.createLayer(
        LayerDefinition.of("buildings", "建筑物", LayerKind.BASE, GeometryType.POLYGON, List.of()));
    var roads = new ArrayList<FeatureEdit>();
    for (int i = 0; i < 250; i++) {
      double x = 116.1 + i * 0.0005;
      roads.add(
          FeatureEdit.insert(
              "r" + i,
              Wkt.read("LINESTRING (" + x + " 24.3, " + x + " 24.301)"),
              Map.of("name", i % 2 == 0 ? "江南路" : "彬芳大道", "lanes", 2 + i % 3)));
    }
    store.apply("roads", roads, EditContext.by("setup"));
    store.apply(
        "gas_pipes",
        List.of(
            FeatureEdit.insert(
                "g1", Wkt.read("LINESTRING (116.1 24.3, 116.11 24.3)"), Map.of("material", "PE"))),
        EditContext.by("setup"));
    beforeEdit = Instant.now();
    store.apply(
        "roads",
        List.of(FeatureEdit.update("r0", null, Map.of("name", "江南西路"))),
        EditContext.by("editor", "更名"));
  }

  @Test
  void anonymousCallersSeePublicLayersOnly() {
    Http anonymous = new Http(port);
    JsonNode layers = anonymous.get("/api/layers").json();
    assertThat(layers.findValuesAsText("id")).containsExactly("roads");
    assertThat(layers.get(0).get("title").asText()).isEqualTo("道路");
    assertThat(layers.get(0).get("attributes").get(0).get("label").asText()).isEqualTo("道路名称");
    assertThat(layers.get(0).get("bbox").get(0).asDouble()).isEqualTo(116.1);

    // A layer the caller may not read is not found, exactly like an unknown one (item 29).
    Http.Response denied = anonymous.get("/api/layers/gas_pipes/features");
    assertThat(denied.status()).isEqualTo(404);
    assertThat(denied.json().get("error").asText()).isEqualTo("LAYER_NOT_FOUND");
    assertThat(anonymous.get("/api/layers/gas_pipes/features/g1/history").status()).isEqualTo(404);
    assertThat(anonymous.get("/api/layers/buildings").status()).isEqualTo(404);
  }

  @Test
  void rolesDecideWhichLayersAreReadable() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    assertThat(admin.get("/api/layers").json().findValuesAsText("id"))
        .containsExactly("buildings", "gas_pipes", "roads");
    assertThat(
            admin
                .postJson(
                    "/api/admin/users",
                    "{\"username\":\"planner\",\"password\":\"planner-password\",\"displayName\":\"规划员\","
                        + "\"department\":\"自然资源局\",\"roles\":[\"VIEWER\"]}")
                .status())
        .isEqualTo(201);
    Http planner = new Http(port).basic("planner", "planner-password");
    assertThat(planner.get("/api/layers").json().findValuesAsText("id"))
        .containsExactly("buildings", "roads");
    Http.Response forbidden = planner.get("/api/layers/gas_pipes/features");
    assertThat(forbidden.status()).isEqualTo(404);
    assertThat(forbidden.json().get("error").asText()).isEqualTo("LAYER_NOT_FOUND");
    assertThat(planner.get("/api/admin/users").status()).isEqualTo(403);
    assertThat(new Http(port).basic("planner", "wrong-password").get("/api/layers").status())
        .isEqualTo(401);

    String key =
        admin
            .postJson(
                "/api/admin/api-keys",
                "{\"name\":\"住建局管线系统\",\"department\":\"住建局\",\"roles\":[\"RESTRICTED_READER\"]}")
            .json()
            .get("apiKey")
            .asText();
    assertThat(new Http(port).apiKey(key).get("/api/layers/gas_pipes/features").status())
        .isEqualTo(200);
    assertThat(
            new Http(port)
                .get("/api/layers/gas_pipes/features?apikey=" + key)
                .json()
                .get("numberMatched")
                .asInt())
        .isEqualTo(1);
    Http.Response badKey = new Http(port).apiKey(key + "x").get("/api/layers");
    assertThat(badKey.status()).isEqualTo(401);
    assertThat(badKey.json().get("error").asText()).isEqualTo("INVALID_API_KEY");
  }

  @Test
  void featuresComeAsGeoJsonWithFiltersPagingAndHistory() {
    Http http = new Http(port);
    Http.Response all = http.get("/api/layers/roads/features?limit=100");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.contentType()).startsWith("application/geo+json");
    JsonNode page = all.json();
    assertThat(page.get("numberMatched").asInt()).isEqualTo(250);
    assertThat(page.get("numberReturned").asInt()).isEqualTo(100);
    assertThat(page.get("nextOffset").asInt()).isEqualTo(100);
    JsonNode first = page.get("features").get(0);
    assertThat(first.get("geometry").get("type").asText()).isEqualTo("LineString");
    assertThat(first.get("geometry").get("coordinates").get(0).get(0).asDouble())
        .isBetween(116.0, 117.0);

    JsonNode filtered =
        http.get(
                "/api/layers/roads/features?filter="
                    + Http.q("name = '彬芳大道' AND lanes = 3")
                    + "&sortBy=-lanes")
            .json();
    assertThat(filtered.get("numberMatched").asInt()).isEqualTo(42);
    filtered
        .get("features")
        .forEach(f -> assertThat(f.get("properties").get("lanes").asInt()).isEqualTo(3));

    JsonNode boxed = http.get("/api/layers/roads/features?bbox=116.1001,24.2,116.1026,24.4").json();
    assertThat(boxed.get("numberMatched").asInt()).isEqualTo(5);

    assertThat(
            http.get("/api/layers/roads/features/r0").json().get("properties").get("name").asText())
        .isEqualTo("江南西路");
    assertThat(
            http.get("/api/layers/roads/features/r0?asOf=" + Http.q(beforeEdit.toString()))
                .json()
                .get("properties")
                .get("name")
                .asText())
        .isEqualTo("江南路");
    JsonNode history = http.get("/api/layers/roads/features/r0/history").json().get("features");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).get("version").get("reason").asText()).isEqualTo("更名");
  }

  @Test
  void badRequestsGetClearJsonErrors() {
    Http http = new Http(port);
    assertError(http.get("/api/layers/nope/features"), 404, "LAYER_NOT_FOUND");
    assertError(http.get("/api/layers/roads/features/nope"), 404, "FEATURE_NOT_FOUND");
    assertError(
        http.get("/api/layers/roads/features?filter=" + Http.q("name = ")), 400, "INVALID_FILTER");
    assertError(
        http.get("/api/layers/roads/features?filter=" + Http.q("colour = 'red'")),
        400,
        "UNKNOWN_PROPERTY");
    assertError(
        http.get("/api/layers/roads/features?filter=" + Http.q("lanes = 'many'")),
        400,
        "INVALID_VALUE");
    assertError(http.get("/api/layers/roads/features?bbox=1,2,3"), 400, "BAD_REQUEST");
    assertError(
        http.get("/api/layers/roads/features?bbox=24.3,116.1,24.4,116.2"), 400, "BAD_REQUEST");
    assertError(http.get("/api/layers/roads/features?asOf=yesterday"), 400, "BAD_REQUEST");
    assertError(http.get("/api/layers/roads/features?limit=abc"), 400, "BAD_REQUEST");
    assertError(http.get("/api/layers/roads/features?sortBy=geom"), 400, "INVALID_FILTER");
  }

  @Test
  void browserSessionNeedsTheClientHeaderForChanges() {
    Http browser = new Http(port);
    String login = "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}";
    assertError(browser.postJson("/api/auth/login", login), 403, "MISSING_CLIENT_HEADER");
    Http.Response ok = browser.postJson("/api/auth/login", login, "X-OneMap-Client", "portal");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("clearance").asText()).isEqualTo("RESTRICTED");
    assertThat(browser.get("/api/me").json().get("name").asText()).isEqualTo("admin");
    assertThat(browser.get("/api/layers/gas_pipes/features").status()).isEqualTo(200);
    assertError(
        browser.postJson("/api/admin/api-keys", "{\"name\":\"x\",\"roles\":[]}"),
        403,
        "MISSING_CLIENT_HEADER");
    assertError(
        browser.postJson(
            "/api/auth/login",
            "{\"username\":\"admin\",\"password\":\"nope\"}",
            "X-OneMap-Client",
            "portal"),
        401,
        "UNAUTHENTICATED");
  }

  @Test
  void healthAndOpenApiAreServed() {
    Http http = new Http(port);
    JsonNode health = http.get("/api/health").json();
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.get("backend").asText()).isEqualTo("h2gis");
    JsonNode api = http.get("/v3/api-docs").json();
    assertThat(api.get("paths").has("/api/layers/{layerId}/features")).isTrue();
    assertThat(api.get("paths").has("/api/layers/{layerId}/features/{featureId}/history")).isTrue();
  }

  private static void assertError(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("error").asText()).as(r.body()).isEqualTo(code);
    assertThat(r.json().get("message").asText()).isNotBlank();
  }
}
