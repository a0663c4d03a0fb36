package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** WFS 2.0 / 1.1 KVP and XML requests against a real H2GIS store with the test layers. */
class WfsTest {
  static StoreFixture fixture;
  static OwsDispatcher ows;
  static final String BASE = "http://test/ows";
  static final AccessPolicy READER = TestLayers.reader(false);

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

  static OgcResponse get(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("SERVICE", "WFS");
    m.put("VERSION", "2.0.0");
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return ows.handle(OgcRequest.get(BASE, "/", m), READER);
  }

  static OgcResponse post(String xml, AccessPolicy policy) {
    return ows.handle(
        OgcRequest.post(
            BASE,
            "/",
            Map.of(),
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            "application/xml"),
        policy);
  }

  @Test
  void capabilitiesListOnlyReadableLayersWithQuestionMarkUrls() {
    OgcResponse r = get("REQUEST", "GetCapabilities");
    String xml = body(r);
    assertThat(r.status()).isEqualTo(200);
    Document d = Xml.parse(xml);
    assertThat(Xml.text(d, "Name", 0)).isEqualTo("onemap:poi");
    assertThat(xml).contains("兴趣点").doesNotContain("secret").doesNotContain("保密");
    assertThat(xml).contains("xlink:href=\"http://test/ows?\"");
    assertThat(Xml.text(d, "DefaultCRS", 0)).isEqualTo("urn:ogc:def:crs:EPSG::4490");
    assertThat(Xml.text(d, "LowerCorner", 0)).isEqualTo("116.1 24.28");
  }

  @Test
  void wfs11CapabilitiesUseOws10() {
    String xml = body(get("REQUEST", "GetCapabilities", "VERSION", "1.1.0"));
    assertThat(xml).contains("http://www.opengis.net/wfs\"").contains("DefaultSRS");
  }

  @Test
  void describeFeatureTypeGivesSchema() {
    Document d = Xml.parse(body(get("REQUEST", "DescribeFeatureType", "TYPENAMES", "onemap:poi")));
    assertThat(body(get("REQUEST", "DescribeFeatureType", "TYPENAMES", "onemap:poi")))
        .contains("gml:PointPropertyType")
        .contains("name=\"level\" type=\"xsd:int\"");
    assertThat(Xml.attr(d, "element", "name")).isEqualTo("geom");
  }

  @Test
  void gml32IsLatLonForUrn4490() {
    String xml = body(get("REQUEST", "GetFeature", "TYPENAMES", "onemap:poi", "SORTBY", "level"));
    Document d = Xml.parse(xml);
    assertThat(Xml.attr(d, "FeatureCollection", "numberMatched")).isEqualTo("3");
    assertThat(Xml.text(d, "pos", 0)).isEqualTo("24.28 116.1");
    assertThat(Xml.attr(d, "poi", "gml:id")).isEqualTo("poi.1");
    assertThat(Xml.attr(d, "Point", "srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4490");
  }

  @Test
  void crs84IsLonLatAndGkZoneIsEastingNorthing() {
    Document d =
        Xml.parse(
            body(
                get(
                    "REQUEST",
                    "GetFeature",
                    "TYPENAMES",
                    "onemap:poi",
                    "RESOURCEID",
                    "poi.1",
                    "SRSNAME",
                    "http://www.opengis.net/def/crs/OGC/1.3/CRS84")));
    assertThat(Xml.text(d, "pos", 0)).isEqualTo("116.1 24.28");
    Document gk =
        Xml.parse(
            body(
                get(
                    "REQUEST",
                    "GetFeature",
                    "TYPENAMES",
                    "onemap:poi",
                    "RESOURCEID",
                    "poi.1",
                    "SRSNAME",
                    "EPSG:4548")));
    String[] en = Xml.text(gk, "pos", 0).split(" ");
    assertThat(Double.parseDouble(en[0])).isBetween(400_000.0, 600_000.0);
    assertThat(Double.parseDouble(en[1])).isBetween(2_600_000.0, 2_800_000.0);
  }

  @Test
  void geoJsonIsLonLat() throws Exception {
    JsonNode j =
        new ObjectMapper()
            .readTree(
                body(
                    get(
                        "REQUEST",
                        "GetFeature",
                        "TYPENAMES",
                        "onemap:poi",
                        "OUTPUTFORMAT",
                        "application/json",
                        "RESOURCEID",
                        "poi.2")));
    assertThat(j.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(116.12);
    assertThat(j.at("/features/0/properties/name").asText()).isEqualTo("客都大道");
  }

  @Test
  void bboxInBothAxisOrders() {
    String latLon =
        body(
            get(
                "REQUEST",
                "GetFeature",
                "TYPENAMES",
                "onemap:poi",
                "BBOX",
                "24.27,116.09,24.29,116.11"));
    assertThat(Xml.attr(Xml.parse(latLon), "FeatureCollection", "numberMatched")).isEqualTo("1");
    String lonLat =
        body(
            get(
                "REQUEST",
                "GetFeature",
                "TYPENAMES",
                "onemap:poi",
                "BBOX",
                "116.09,24.27,116.13,24.31,urn:ogc:def:crs:OGC:1.3:CRS84"));
    assertThat(Xml.attr(Xml.parse(lonLat), "FeatureCollection", "numberMatched")).isEqualTo("2");
  }

  @Test
  void pagingGivesNextLinkAndHitsGiveCount() {
    Document d =
        Xml.parse(
            body(
                get(
                    "REQUEST",
                    "GetFeature",
                    "TYPENAMES",
                    "onemap:poi",
                    "COUNT",
                    "2",
                    "SORTBY",
                    "level DESC")));
    assertThat(Xml.attr(d, "FeatureCollection", "numberReturned")).isEqualTo("2");
    assertThat(Xml.attr(d, "FeatureCollection", "next")).contains("STARTINDEX=2");
    assertThat(Xml.text(d, "name", 0)).isEqualTo("剑英公园");
    Document hits =
        Xml.parse(
            body(get("REQUEST", "GetFeature", "TYPENAMES", "onemap:poi", "RESULTTYPE", "hits")));
    assertThat(Xml.attr(hits, "FeatureCollection", "numberMatched")).isEqualTo("3");
    assertThat(Xml.all(hits, "member").getLength()).isZero();
  }

  @Test
  void fesAndCqlFilters() {
    String fes =
        "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">"
            + "<fes:And><fes:PropertyIsGreaterThan><fes:ValueReference>level</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsGreaterThan>"
            + "<fes:Intersects><fes:ValueReference>geom</fes:ValueReference><gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:exterior><gml:LinearRing>"
            + "<gml:posList>24.25 116.05 24.25 116.13 24.35 116.13 24.35 116.05 24.25 116.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></fes:Intersects>"
            + "</fes:And></fes:Filter>";
    Document d =
        Xml.parse(body(get("REQUEST", "GetFeature", "TYPENAMES", "onemap:poi", "FILTER", fes)));
    assertThat(Xml.attr(d, "FeatureCollection", "numberMatched")).isEqualTo("1");
    Document c =
        Xml.parse(
            body(
                get(
                    "REQUEST",
                    "GetFeature",
                    "TYPENAMES",
                    "onemap:poi",
                    "CQL_FILTER",
                    "name LIKE '客%'")));
    assertThat(Xml.attr(c, "FeatureCollection", "numberMatched")).isEqualTo("1");
  }

  @Test
  void unknownPropertyAndXpathAreRefusedWithLocator() {
    OgcResponse r =
        get("REQUEST", "GetFeature", "TYPENAMES", "onemap:poi", "CQL_FILTER", "nosuch = 1");
    assertThat(r.status()).isEqualTo(400);
    Document d = Xml.parse(body(r));
    assertThat(Xml.attr(d, "Exception", "exceptionCode")).isEqualTo("InvalidParameterValue");
    assertThat(Xml.attr(d, "Exception", "locator")).isEqualTo("CQL_FILTER");
    OgcResponse x =
        get(
            "REQUEST",
            "GetPropertyValue",
            "TYPENAMES",
            "onemap:poi",
            "VALUEREFERENCE",
            "exec(java.lang.Runtime.getRuntime())");
    assertThat(Xml.attr(Xml.parse(body(x)), "Exception", "locator")).isEqualTo("valueReference");
  }

  @Test
  void hiddenLayerBehavesAsUnknown() {
    OgcResponse r = get("REQUEST", "GetFeature", "TYPENAMES", "onemap:secret");
    assertThat(r.status()).isEqualTo(400);
    assertThat(body(r)).contains("unknown feature type").contains("locator=\"typeNames\"");
  }

  @Test
  void xxeIsRefusedWithoutLeakingFiles() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\" version=\"2.0.0\">"
            + "<wfs:Query typeNames=\"&xxe;\"/></wfs:GetFeature>";
    OgcResponse r = post(xml, READER);
    String body = body(r);
    assertThat(r.status()).isEqualTo(400);
    assertThat(body).contains("OperationParsingFailed").doesNotContain("root:");
  }

  @Test
  void xmlGetFeature() {
    String xml =
        "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\" service=\"WFS\" version=\"2.0.0\" count=\"5\">"
            + "<wfs:Query typeNames=\"onemap:poi\"><fes:Filter><fes:ResourceId rid=\"poi.3\"/></fes:Filter></wfs:Query></wfs:GetFeature>";
    Document d = Xml.parse(body(post(xml, READER)));
    assertThat(Xml.attr(d, "poi", "gml:id")).isEqualTo("poi.3");
  }

  @Test
  void wfs11GmlUsesGml311AndLatLonForUrn() {
    String xml =
        body(
            get(
                "REQUEST",
                "GetFeature",
                "VERSION",
                "1.1.0",
                "TYPENAME",
                "onemap:poi",
                "FEATUREID",
                "poi.1"));
    assertThat(xml).contains("featureMember").contains("http://www.opengis.net/gml\"");
    assertThat(Xml.text(Xml.parse(xml), "pos", 0)).isEqualTo("24.28 116.1");
  }
}
