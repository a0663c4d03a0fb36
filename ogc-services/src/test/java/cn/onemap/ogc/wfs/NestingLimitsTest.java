package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filters nested 5,000 deep (FES Not in KVP and POST, ECQL brackets) are 400s, not stack overflows.
 */
class NestingLimitsTest {
  static StoreFixture fixture;
  static OwsDispatcher ows;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    ows = new OwsDispatcher(List.of(WfsService.descriptor(fixture.store(), WfsConfig.defaults())));
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static String nestedNot(int depth) {
    return "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
        + "<fes:Not>".repeat(depth)
        + "<fes:PropertyIsEqualTo><fes:ValueReference>level</fes:ValueReference>"
        + "<fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo>"
        + "</fes:Not>".repeat(depth)
        + "</fes:Filter>";
  }

  static OgcResponse kvp(String key, String value) {
    return ows.handle(
        OgcRequest.get(
            "http://test/ows",
            "/",
            Map.of(
                "SERVICE",
                "WFS",
                "VERSION",
                "2.0.0",
                "REQUEST",
                "GetFeature",
                "TYPENAMES",
                "onemap:poi",
                key,
                value)),
        TestLayers.reader(false));
  }

  static OgcResponse post(String filter) {
    String xml =
        "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\""
            + " xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"><wfs:Query typeNames=\"onemap:poi\">"
            + filter
            + "</wfs:Query></wfs:GetFeature>";
    return ows.handle(
        OgcRequest.post(
            "http://test/ows",
            "/",
            Map.of(),
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            "application/xml"),
        TestLayers.reader(false));
  }

  @Test
  void deeplyNestedFesNotIsAnExceptionReportInKvpAndPost() {
    for (OgcResponse r : List.of(kvp("FILTER", nestedNot(5_000)), post(nestedNot(5_000)))) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(body(r)).contains("OperationParsingFailed").contains("deeper than 64");
    }
    // Two levels of Not under the limit still filter.
    assertThat(kvp("FILTER", nestedNot(2)).status()).isEqualTo(200);
    assertThat(post(nestedNot(2)).status()).isEqualTo(200);
  }

  @Test
  void deeplyNestedCqlIsInvalidParameterValue() {
    OgcResponse r = kvp("CQL_FILTER", "(".repeat(5_000) + "level = 1" + ")".repeat(5_000));
    assertThat(r.status()).isEqualTo(400);
    assertThat(body(r))
        .contains("InvalidParameterValue")
        .contains("locator=\"CQL_FILTER\"")
        .contains("limit is 64");
  }
}
