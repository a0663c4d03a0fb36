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
import java.nio.file.Path;
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

/**
 * Hostile query input over real HTTP at every entry point: filters nested 5,000 deep (ECQL in REST,
 * WFS, OGC API and WMS CQL_FILTER; FES Not in WFS KVP and POST) and NaN / inverted / out-of-range
 * bboxes are 400s in each protocol's own error format, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputLimitsIT {
  static final Path dataDir = TestDirs.create("input-limits");
  static final String DEEP_ECQL = "(".repeat(5_000) + "lanes = 2" + ")".repeat(5_000);

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> "admin-password-for-tests");
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;
  Http http;

  @BeforeAll
  void layer() {
    http = new Http(port);
    store.createLayer(
        LayerDefinition.of(
                "roads",
                "道路",
                LayerKind.BASE,
                GeometryType.LINESTRING,
                List.of(AttributeDefinition.optional("lanes", AttributeType.INTEGER, "车道数")))
            .withAccessLevel(AccessLevel.PUBLIC));
    store.apply(
        "roads",
        List.of(
            FeatureEdit.insert(
                "r1", Wkt.read("LINESTRING (116.1 24.3, 116.1 24.301)"), Map.of("lanes", 2))),
        EditContext.by("setup"));
  }

  @Test
  void deepEcqlIsABadRequestAtEveryEntryPoint() {
    String q = Http.q(DEEP_ECQL);
    Http.Response rest = http.get("/api/layers/roads/features?filter=" + q);
    assertThat(rest.status()).as(rest.body()).isEqualTo(400);
    assertThat(rest.json().get("error").asText()).isEqualTo("INVALID_FILTER");
    assertThat(rest.json().get("message").asText()).contains("limit is 64");

    Http.Response wfs =
        http.get(
            "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:roads&CQL_FILTER="
                + q);
    assertOws(wfs, "InvalidParameterValue", "limit is 64");

    Http.Response api =
        http.get("/ogcapi/collections/roads/items?filter-lang=cql2-text&filter=" + q);
    assertThat(api.status()).as(api.body()).isEqualTo(400);
    assertThat(api.body()).contains("limit is 64");

    Http.Response wms = http.get(getMap("116.09,24.29,116.11,24.31") + "&CQL_FILTER=" + q);
    assertOws(wms, "InvalidParameterValue", "limit is 64");
  }

  @Test
  void deepFesNotIsABadRequestInKvpAndPost() {
    // 1,000 levels in the URL (the 64 KB header limit), 5,000 in the body.
    Http.Response kvp =
        http.get(
            "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:roads&FILTER="
                + Http.q(nestedNot(1_000)));
    assertOws(kvp, "OperationParsingFailed", "deeper than 64");

    Http.Response post =
        http.postXml(
            "/wfs",
            "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\""
                + " xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">"
                + "<wfs:Query typeNames=\"onemap:roads\">"
                + nestedNot(5_000)
                + "</wfs:Query></wfs:GetFeature>");
    assertOws(post, "OperationParsingFailed", "deeper than 64");
  }

  @Test
  void invalidBboxesAreExceptionsInEachProtocol() {
    for (String bad : List.of("NaN,116.0,24.4,116.2", "24.2,116.0,24.4", "24.4,116.0,24.2,116.2")) {
      Http.Response wfs =
          http.get(
              "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:roads&BBOX="
                  + bad);
      assertOws(wfs, "InvalidParameterValue", "bbox");
      assertThat(wfs.body()).contains("locator=\"bbox\"");
    }
    // 4490 on the wire is latitude first: 116 is not a latitude.
    assertOws(
        http.get(
            "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:roads"
                + "&BBOX=116.0,24.2,116.2,24.4"),
        "InvalidParameterValue",
        "latitude ±90");

    for (String bad : List.of("116.0,24.2,NaN,24.4", "116.0,24.2,116.2", "116.0,95,116.2,96")) {
      Http.Response api = http.get("/ogcapi/collections/roads/items?bbox=" + bad);
      assertThat(api.status()).as(bad + " " + api.body()).isEqualTo(400);
      assertThat(api.body()).contains("bbox");
    }

    for (String bad : List.of("NaN,116.0,24.4,116.2", "24.2,116.0,24.2,116.2", "1,2,3")) {
      assertOws(http.get(getMap(bad)), "InvalidParameterValue", "bbox");
    }
    Http.Response ok = http.get(getMap("24.29,116.09,24.31,116.11"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.contentType()).startsWith("image/png");
  }

  private static String nestedNot(int depth) {
    return "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
        + "<fes:Not>".repeat(depth)
        + "<fes:PropertyIsEqualTo><fes:ValueReference>lanes</fes:ValueReference>"
        + "<fes:Literal>2</fes:Literal></fes:PropertyIsEqualTo>"
        + "</fes:Not>".repeat(depth)
        + "</fes:Filter>";
  }

  private static String getMap(String bbox) {
    return "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=roads&STYLES=&CRS=EPSG:4490"
        + "&WIDTH=64&HEIGHT=64&FORMAT=image/png&BBOX="
        + bbox;
  }

  private static void assertOws(Http.Response r, String code, String text) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains(code).contains(text);
    assertThat(r.body()).doesNotContain("StackOverflow");
  }
}
