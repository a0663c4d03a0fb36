package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The limits WFS advertises and keeps (CountDefault and paging in 2.0, DefaultMaxFeatures in 1.1.0
 * and no silent truncation), and link parameters (an API key from the URL) on every advertised URL
 * and next link, exactly once. The three {@code poi} points of {@link TestLayers}, with a 2.0 page
 * of 2 and a 1.1.0 limit of 2.
 */
class WfsLimitsAndLinksTest {
  static final String BASE = "http://test/ows";
  static StoreFixture fixture;
  static OwsDispatcher ows;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    WfsConfig d = WfsConfig.defaults();
    ows =
        new OwsDispatcher(
            List.of(
                WfsService.descriptor(
                    fixture.store(), new WfsConfig(d.namespaceUri(), d.title(), 2, 2))));
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static OgcResponse get(Map<String, String> linkParams, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return ows.handle(
        OgcRequest.get(BASE, "/", m).withLinkParams(linkParams), TestLayers.reader(false));
  }

  @Test
  void capabilitiesAdvertiseTheLimitOfEachVersion() {
    Document v11 =
        Xml.parse(
            body(
                get(Map.of(), "SERVICE", "WFS", "REQUEST", "GetCapabilities", "VERSION", "1.1.0")));
    assertThat(constraint(v11, "DefaultMaxFeatures")).isEqualTo("2");
    Document v20 =
        Xml.parse(
            body(
                get(Map.of(), "SERVICE", "WFS", "REQUEST", "GetCapabilities", "VERSION", "2.0.0")));
    assertThat(constraint(v20, "CountDefault")).isEqualTo("2");
  }

  static String constraint(Document d, String name) {
    var cs = Xml.all(d, "Constraint");
    for (int i = 0; i < cs.getLength(); i++) {
      var c = (org.w3c.dom.Element) cs.item(i);
      if (c.getAttribute("name").equals(name)) {
        var values =
            c.getElementsByTagNameNS("*", name.equals("CountDefault") ? "DefaultValue" : "Value");
        return values.item(0).getTextContent();
      }
    }
    return null;
  }

  @Test
  void wfs11RefusesAResultLargerThanItsLimitInsteadOfCuttingIt() {
    OgcResponse all =
        get(
            Map.of(),
            "SERVICE",
            "WFS",
            "VERSION",
            "1.1.0",
            "REQUEST",
            "GetFeature",
            "TYPENAME",
            "onemap:poi");
    assertThat(all.status()).isEqualTo(400);
    assertThat(body(all)).contains("结果共 3 个要素").contains("单次上限 2");

    // Within the limit, or a client asking for fewer, or paging with STARTINDEX: answered whole.
    OgcResponse some =
        get(
            Map.of(),
            "SERVICE",
            "WFS",
            "VERSION",
            "1.1.0",
            "REQUEST",
            "GetFeature",
            "TYPENAME",
            "onemap:poi",
            "MAXFEATURES",
            "1");
    assertThat(Xml.parse(body(some)).getDocumentElement().getAttribute("numberOfFeatures"))
        .isEqualTo("1");
    OgcResponse rest =
        get(
            Map.of(),
            "SERVICE",
            "WFS",
            "VERSION",
            "1.1.0",
            "REQUEST",
            "GetFeature",
            "TYPENAME",
            "onemap:poi",
            "STARTINDEX",
            "1");
    assertThat(rest.status()).isEqualTo(200);
    assertThat(Xml.parse(body(rest)).getDocumentElement().getAttribute("numberOfFeatures"))
        .isEqualTo("2");
  }

  @Test
  void wfs20PagesAtCountDefault() {
    Document page =
        Xml.parse(
            body(
                get(
                    Map.of(),
                    "SERVICE",
                    "WFS",
                    "VERSION",
                    "2.0.0",
                    "REQUEST",
                    "GetFeature",
                    "TYPENAMES",
                    "onemap:poi")));
    assertThat(page.getDocumentElement().getAttribute("numberReturned")).isEqualTo("2");
    assertThat(page.getDocumentElement().getAttribute("next")).contains("STARTINDEX=2");
  }

  @Test
  void linkParamsRideOnCapabilitiesAndNextLinksOnce() {
    Map<String, String> key = Map.of("apikey", "k+1");
    String caps =
        body(
            get(
                key,
                "SERVICE",
                "WFS",
                "REQUEST",
                "GetCapabilities",
                "VERSION",
                "2.0.0",
                "apikey",
                "k+1"));
    assertThat(caps).contains("xlink:href=\"http://test/ows?apikey=k%2B1&amp;\"");
    assertThat(caps).doesNotContain("xlink:href=\"http://test/ows?\"");

    // The key is also in the request's KVP (a portal that leaves it there): not repeated.
    String next =
        Xml.parse(
                body(
                    get(
                        key,
                        "SERVICE",
                        "WFS",
                        "VERSION",
                        "2.0.0",
                        "REQUEST",
                        "GetFeature",
                        "TYPENAMES",
                        "onemap:poi",
                        "APIKEY",
                        "k+1")))
            .getDocumentElement()
            .getAttribute("next");
    assertThat(next).startsWith("http://test/ows?apikey=k%2B1&");
    assertThat(next.toLowerCase().split("apikey=", -1)).hasSize(2);

    String xml =
        "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
            + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"><wfs:Query typeNames=\"onemap:poi\"/>"
            + "</wfs:GetFeature>";
    OgcResponse posted =
        ows.handle(
            OgcRequest.post(
                    BASE,
                    "/",
                    Map.of(),
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    "application/xml")
                .withLinkParams(key),
            TestLayers.reader(false));
    assertThat(Xml.parse(body(posted)).getDocumentElement().getAttribute("next"))
        .startsWith("http://test/ows?apikey=k%2B1&SERVICE=WFS&");
  }
}
