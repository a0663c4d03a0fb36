package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GetFeature with several queries and POST paging (next links that resolve), transactions over
 * several feature types, and the axis order of GK and short-form CRS names on the wire. Layers: the
 * three {@code poi} points of {@link TestLayers} and two {@code roads} lines.
 */
class WfsQueriesTest {
  static StoreFixture fixture;
  static OwsDispatcher ows;
  static final String BASE = "http://test/ows";
  static final AccessPolicy READER = TestLayers.reader(false);
  static final AccessPolicy EDITOR = TestLayers.reader(true);
  static final String NS =
      "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\""
          + " xmlns:gml=\"http://www.opengis.net/gml/3.2\""
          + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    fixture
        .store()
        .createLayer(
            LayerDefinition.of(
                "roads",
                "道路",
                LayerKind.BASE,
                GeometryType.LINESTRING,
                List.of(AttributeDefinition.required("name", AttributeType.STRING, "名称"))));
    fixture
        .store()
        .apply(
            "roads",
            List.of(
                FeatureEdit.insert(
                    "r1",
                    Wkt.read("LINESTRING (116.10 24.28, 116.12 24.30)"),
                    Map.of("name", "梅江大道")),
                FeatureEdit.insert(
                    "r2",
                    Wkt.read("LINESTRING (116.12 24.30, 116.14 24.32)"),
                    Map.of("name", "彬芳大道"))),
            EditContext.by("test"));
    ows = new OwsDispatcher(List.of(WfsService.descriptor(fixture.store(), WfsConfig.defaults())));
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static OgcResponse get(Map<String, String> kvp) {
    return ows.handle(OgcRequest.get(BASE, "/", kvp), READER);
  }

  static OgcResponse get(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("SERVICE", "WFS");
    m.put("VERSION", "2.0.0");
    m.put("REQUEST", "GetFeature");
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return get(m);
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

  /** Resolves a next link exactly as a client would: its query string is the whole request. */
  static OgcResponse follow(String url) {
    URI uri = URI.create(url);
    assertThat(url).startsWith(BASE + "?");
    Map<String, String> kvp = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      kvp.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return get(kvp);
  }

  /** The gml:ids of the members, in order. */
  static List<String> ids(Document d) {
    List<String> out = new ArrayList<>();
    NodeList members = Xml.all(d, "member");
    for (int i = 0; i < members.getLength(); i++) {
      Element m = (Element) members.item(i);
      for (int j = 0; j < m.getChildNodes().getLength(); j++) {
        if (m.getChildNodes().item(j) instanceof Element f) {
          out.add(f.getAttributeNS("http://www.opengis.net/gml/3.2", "id"));
        }
      }
    }
    return out;
  }

  static String next(Document d) {
    return d.getDocumentElement().getAttribute("next");
  }

  @Test
  void propertyNameReturnsOnlyTheNamedPropertiesInEveryEncodingAndKeepsThemInNextLinks() {
    Document onlyName =
        Xml.parse(body(get("TYPENAMES", "onemap:poi", "PROPERTYNAME", "name", "SORTBY", "level")));
    assertThat(Xml.all(onlyName, "name").getLength()).isEqualTo(3);
    assertThat(Xml.all(onlyName, "level").getLength()).isZero();
    assertThat(Xml.all(onlyName, "geom").getLength()).isZero();

    Document withGeometry =
        Xml.parse(
            body(
                get("TYPENAMES", "onemap:poi", "PROPERTYNAME", "onemap:level,geom", "COUNT", "2")));
    assertThat(Xml.all(withGeometry, "level").getLength()).isEqualTo(2);
    assertThat(Xml.all(withGeometry, "geom").getLength()).isEqualTo(2);
    assertThat(Xml.all(withGeometry, "name").getLength()).isZero();
    Document rest = Xml.parse(body(follow(next(withGeometry))));
    assertThat(ids(rest)).hasSize(1);
    assertThat(Xml.all(rest, "name").getLength()).isZero();
    assertThat(Xml.all(rest, "level").getLength()).isEqualTo(1);

    String json =
        body(
            get(
                "TYPENAMES",
                "onemap:poi",
                "PROPERTYNAME",
                "name",
                "OUTPUTFORMAT",
                "application/json"));
    assertThat(json).contains("\"name\":\"梅州站\"").doesNotContain("\"level\"");

    String perQuery =
        body(get("TYPENAMES", "(onemap:poi)(onemap:roads)", "PROPERTYNAME", "(level)(name)"));
    assertThat(perQuery).contains("梅江大道").doesNotContain("梅州站");

    String xml =
        "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Query typeNames=\"onemap:poi\"><wfs:PropertyName>level</wfs:PropertyName>"
            + "</wfs:Query></wfs:GetFeature>";
    Document posted = Xml.parse(body(post(xml, READER)));
    assertThat(Xml.all(posted, "level").getLength()).isEqualTo(3);
    assertThat(Xml.all(posted, "name").getLength()).isZero();

    assertThat(body(get("TYPENAMES", "onemap:poi", "PROPERTYNAME", "nosuch")))
        .contains("InvalidParameterValue")
        .contains("propertyName");
    assertThat(body(get("TYPENAMES", "onemap:poi", "PROPERTYNAME", "name/../x")))
        .contains("InvalidParameterValue");
  }

  @Test
  void postGetFeaturePagesWithAResolvableNextLink() {
    String xml =
        "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" count=\"2\" "
            + NS
            + "><wfs:Query typeNames=\"onemap:poi\"><fes:Filter><fes:PropertyIsGreaterThanOrEqualTo>"
            + "<fes:ValueReference>level</fes:ValueReference><fes:Literal>1</fes:Literal>"
            + "</fes:PropertyIsGreaterThanOrEqualTo></fes:Filter><fes:SortBy><fes:SortProperty>"
            + "<fes:ValueReference>level</fes:ValueReference><fes:SortOrder>DESC</fes:SortOrder>"
            + "</fes:SortProperty></fes:SortBy></wfs:Query></wfs:GetFeature>";
    Document first = Xml.parse(body(post(xml, READER)));
    assertThat(ids(first)).containsExactly("poi.3", "poi.2");
    assertThat(first.getDocumentElement().getAttribute("numberMatched")).isEqualTo("3");
    String next = next(first);
    assertThat(next).contains("FILTER=").contains("SORTBY=level+DESC").contains("STARTINDEX=2");
    Document second = Xml.parse(body(follow(next)));
    assertThat(ids(second)).containsExactly("poi.1");
    assertThat(next(second)).isEmpty();
  }

  @Test
  void severalKvpTypeNamesArePagedOverTheConcatenation() {
    Document all =
        Xml.parse(body(get("TYPENAMES", "(onemap:poi)(onemap:roads)", "SORTBY", "(level)(name)")));
    assertThat(ids(all)).containsExactly("poi.1", "poi.2", "poi.3", "roads.r2", "roads.r1");
    assertThat(all.getDocumentElement().getAttribute("numberMatched")).isEqualTo("5");
    Document page =
        Xml.parse(
            body(get("TYPENAMES", "onemap:poi,onemap:roads", "COUNT", "2", "STARTINDEX", "2")));
    assertThat(ids(page)).containsExactly("poi.3", "roads.r1");
    assertThat(Xml.all(page, "roads").getLength()).isEqualTo(1);
    Document rest = Xml.parse(body(follow(next(page))));
    assertThat(ids(rest)).containsExactly("roads.r2");
    Document byIds = Xml.parse(body(get("RESOURCEID", "roads.r2,poi.1")));
    assertThat(ids(byIds)).containsExactly("roads.r2", "poi.1");
    Document cql =
        Xml.parse(
            body(
                get(
                    "TYPENAMES",
                    "onemap:poi,onemap:roads",
                    "CQL_FILTER",
                    "level = 2;name = '彬芳大道'")));
    assertThat(ids(cql)).containsExactly("poi.2", "roads.r2");
    assertThat(body(get("TYPENAMES", "onemap:poi", "CQL_FILTER", "name = 'a;b'")))
        .contains("numberMatched=\"0\"");
    String join = body(get("TYPENAMES", "(onemap:poi,onemap:roads)"));
    assertThat(join).contains("OptionNotSupported").contains("joins");
  }

  @Test
  void severalPostQueriesWithFiltersPageThroughAKvpNextLink() {
    String xml =
        "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" count=\"1\" outputFormat=\"application/json\" "
            + NS
            + "><wfs:Query typeNames=\"onemap:poi\"><fes:Filter><fes:PropertyIsLessThan>"
            + "<fes:ValueReference>level</fes:ValueReference><fes:Literal>3</fes:Literal>"
            + "</fes:PropertyIsLessThan></fes:Filter></wfs:Query>"
            + "<wfs:Query typeNames=\"onemap:roads\"><fes:Filter><fes:PropertyIsEqualTo>"
            + "<fes:ValueReference>name</fes:ValueReference><fes:Literal>彬芳大道</fes:Literal>"
            + "</fes:PropertyIsEqualTo></fes:Filter></wfs:Query></wfs:GetFeature>";
    List<String> seen = new ArrayList<>();
    String text = body(post(xml, READER));
    for (int page = 0; page < 5; page++) {
      assertThat(text).contains("\"numberMatched\":3");
      var m = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(text);
      while (m.find()) {
        seen.add(m.group(1));
      }
      var n = java.util.regex.Pattern.compile("\"href\":\"([^\"]+)\"").matcher(text);
      if (!n.find()) {
        break;
      }
      assertThat(n.group(1)).contains("TYPENAMES=%28onemap%3Apoi%29%28onemap%3Aroads%29");
      text = body(follow(n.group(1)));
    }
    assertThat(seen).containsExactly("1", "2", "r2");
  }

  @Test
  void aTransactionOverTwoFeatureTypesIsAtomic() {
    String tx =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Insert><onemap:roads><onemap:geom><gml:LineString gml:id=\"l\""
            + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:posList>24.28 116.10 24.29 116.11"
            + "</gml:posList></gml:LineString></onemap:geom><onemap:name>新路</onemap:name>"
            + "</onemap:roads><onemap:poi><onemap:geom><gml:Point gml:id=\"p\""
            + " srsName=\"urn:ogc:def:crs:EPSG::4548\"><gml:pos>2686596.65 408620.13</gml:pos>"
            + "</gml:Point></onemap:geom><onemap:name>新站</onemap:name></onemap:poi></wfs:Insert>"
            + "<wfs:Update typeName=\"onemap:roads\"><wfs:Property><wfs:ValueReference>name"
            + "</wfs:ValueReference><wfs:Value>梅江大道（改）</wfs:Value></wfs:Property><fes:Filter>"
            + "<fes:ResourceId rid=\"roads.r1\"/></fes:Filter></wfs:Update></wfs:Transaction>";
    Document r = Xml.parse(body(post(tx, EDITOR)));
    assertThat(Xml.text(r, "totalInserted", 0)).isEqualTo("2");
    assertThat(Xml.text(r, "totalUpdated", 0)).isEqualTo("1");
    String roadRid = Xml.attr(r, "ResourceId", "rid");
    assertThat(roadRid).startsWith("roads.");
    String poiRid = ((Element) Xml.all(r, "ResourceId").item(1)).getAttribute("rid");
    assertThat(poiRid).startsWith("poi.");
    Feature poi = fixture.store().get("poi", poiRid.substring(4)).orElseThrow();
    // The GK point was read northing first: it lands on 梅州站 (116.10E, 24.28N).
    assertThat(poi.geometry().orElseThrow().getCoordinate().x).isCloseTo(116.10, within(1e-6));
    assertThat(poi.geometry().orElseThrow().getCoordinate().y).isCloseTo(24.28, within(1e-6));
    assertThat(poi.version().author()).isEqualTo("editor1");
    Feature r1 = fixture.store().get("roads", "r1").orElseThrow();
    assertThat(r1.attribute("name")).isEqualTo("梅江大道（改）");
    assertThat(r1.version().number()).isEqualTo(2);
    assertThat(r1.version().validFrom()).isEqualTo(poi.version().validFrom());

    long roadsBefore =
        fixture.store().count(cn.onemap.core.store.FeatureQuery.layer("roads").build());
    String failing =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Insert><onemap:roads><onemap:geom><gml:LineString gml:id=\"l\">"
            + "<gml:posList>24.28 116.10 24.29 116.11</gml:posList></gml:LineString></onemap:geom>"
            + "<onemap:name>不应留下</onemap:name></onemap:roads><onemap:poi><onemap:geom>"
            + "<gml:Point gml:id=\"p\"><gml:pos>24.28 116.10</gml:pos></gml:Point></onemap:geom>"
            + "</onemap:poi></wfs:Insert></wfs:Transaction>";
    OgcResponse bad = post(failing, EDITOR);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(body(bad)).contains("ExceptionReport");
    assertThat(fixture.store().count(cn.onemap.core.store.FeatureQuery.layer("roads").build()))
        .isEqualTo(roadsBefore);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void gaussKrugerByUrnIsNorthingFirstAndShortFormEastingFirst() {
    Document urn =
        Xml.parse(
            body(
                get(
                    "TYPENAMES",
                    "onemap:poi",
                    "RESOURCEID",
                    "poi.1",
                    "SRSNAME",
                    "urn:ogc:def:crs:EPSG::4548")));
    String[] ne = Xml.text(urn, "pos", 0).split(" ");
    assertThat(Double.parseDouble(ne[0])).isBetween(2_686_000.0, 2_687_000.0);
    assertThat(Double.parseDouble(ne[1])).isBetween(408_000.0, 409_000.0);
    assertThat(Xml.attr(urn, "Point", "srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4548");

    Document shortForm =
        Xml.parse(
            body(get("TYPENAMES", "onemap:poi", "RESOURCEID", "poi.1", "SRSNAME", "EPSG:4548")));
    String[] en = Xml.text(shortForm, "pos", 0).split(" ");
    assertThat(Double.parseDouble(en[0])).isBetween(408_000.0, 409_000.0);
    assertThat(Xml.attr(shortForm, "Point", "srsName")).isEqualTo("EPSG:4548");

    Document wfs11 =
        Xml.parse(
            body(
                get(
                    "VERSION",
                    "1.1.0",
                    "TYPENAME",
                    "onemap:poi",
                    "FEATUREID",
                    "poi.1",
                    "SRSNAME",
                    "EPSG:4490")));
    assertThat(Xml.text(wfs11, "pos", 0)).isEqualTo("116.1 24.28");

    // BBOX suffixed with a GK URN: northing first selects 梅州站 (and what a transaction test
    // may have inserted at the same place), never its neighbours.
    String box = "2686000,408000,2687200,409200,urn:ogc:def:crs:EPSG::4548";
    assertThat(ids(Xml.parse(body(get("TYPENAMES", "onemap:poi", "BBOX", box)))))
        .contains("poi.1")
        .doesNotContain("poi.2", "poi.3");
    String swapped = "408000,2686000,409200,2687200,urn:ogc:def:crs:EPSG::4548";
    assertThat(body(get("TYPENAMES", "onemap:poi", "BBOX", swapped))).doesNotContain("poi.1");
    String shortBox = "408000,2686000,409200,2687200,EPSG:4548";
    assertThat(ids(Xml.parse(body(get("TYPENAMES", "onemap:poi", "BBOX", shortBox)))))
        .contains("poi.1")
        .doesNotContain("poi.2", "poi.3");
  }
}
