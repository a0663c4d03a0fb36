package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.Operation;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.w3c.dom.Document;

/**
 * WFS 1.0.0 Transactions as QGIS 3.22 sends them (GML 2 {@code gml:coordinates}, {@code wfs:Name}
 * properties, {@code ogc:FeatureId} filters): x/y whatever the srsName, answered with {@code
 * WFS_TransactionResponse}.
 */
class Wfs10TransactionTest {
  static final String NS =
      "xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\""
          + " xmlns:gml=\"http://www.opengis.net/gml\""
          + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";
  StoreFixture fixture;
  OwsDispatcher ows;

  @BeforeEach
  void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    ows = new OwsDispatcher(List.of(WfsService.descriptor(fixture.store(), WfsConfig.defaults())));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  OgcResponse post(String xml, AccessPolicy policy) {
    return ows.handle(
        OgcRequest.post(
            "http://test/ows",
            "/",
            Map.of(),
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            "text/xml"),
        policy);
  }

  static String tx(String actions) {
    return "<wfs:Transaction service=\"WFS\" version=\"1.0.0\" "
        + NS
        + ">"
        + actions
        + "</wfs:Transaction>";
  }

  @Test
  void insertUpdateDeleteWithGml2CoordinatesReadXY() {
    // A URN would be lat/lon in 2.0 and 1.1; in 1.0.0 it is x/y, as GeoServer reads it.
    String insert =
        tx(
            "<wfs:Insert><onemap:poi><onemap:geom><gml:Point"
                + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:coordinates cs=\",\" ts=\" \""
                + " decimal=\".\">116.13,24.31</gml:coordinates></gml:Point></onemap:geom>"
                + "<onemap:name>新站</onemap:name><onemap:level>4</onemap:level></onemap:poi>"
                + "<onemap:poi><onemap:geom><gml:Point srsName=\"EPSG:4490\"><gml:coord><gml:X>116.15"
                + "</gml:X><gml:Y>24.33</gml:Y></gml:coord></gml:Point></onemap:geom>"
                + "<onemap:name>二站</onemap:name></onemap:poi></wfs:Insert>");
    OgcResponse r = post(insert, TestLayers.reader(true));
    String xml = body(r);
    assertThat(r.status()).as(xml).isEqualTo(200);
    Document d = Xml.parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("WFS_TransactionResponse");
    assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.0.0");
    assertThat(Xml.all(d, "SUCCESS").getLength()).isEqualTo(1);
    assertThat(Xml.all(d, "FeatureId").getLength()).isEqualTo(2);
    String rid = Xml.attr(d, "FeatureId", "fid");
    assertThat(rid).startsWith("poi.");
    String fid = rid.substring("poi.".length());
    Coordinate c = fixture.store().get("poi", fid).orElseThrow().geometry().get().getCoordinate();
    assertThat(c.x).isEqualTo(116.13);
    assertThat(c.y).isEqualTo(24.31);

    String update =
        tx(
            "<wfs:Update typeName=\"onemap:poi\"><wfs:Property><wfs:Name>level</wfs:Name>"
                + "<wfs:Value>9</wfs:Value></wfs:Property><wfs:Property><wfs:Name>geom</wfs:Name>"
                + "<wfs:Value><gml:Point srsName=\"http://www.opengis.net/gml/srs/epsg.xml#4490\">"
                + "<gml:coordinates decimal=\",\" cs=\";\" ts=\"|\">116,2;24,4</gml:coordinates>"
                + "</gml:Point></wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid=\""
                + rid
                + "\"/></ogc:Filter></wfs:Update>");
    Document u = Xml.parse(body(post(update, TestLayers.reader(true))));
    assertThat(Xml.all(u, "SUCCESS").getLength()).isEqualTo(1);
    Feature updated = fixture.store().get("poi", fid).orElseThrow();
    assertThat(updated.attribute("level")).isEqualTo(9);
    assertThat(updated.geometry().get().getCoordinate()).isEqualTo(new Coordinate(116.2, 24.4));

    String delete =
        tx(
            "<wfs:Delete typeName=\"onemap:poi\"><ogc:Filter><ogc:FeatureId fid=\""
                + rid
                + "\"/></ogc:Filter></wfs:Delete>");
    Document del = Xml.parse(body(post(delete, TestLayers.reader(true))));
    assertThat(Xml.all(del, "SUCCESS").getLength()).isEqualTo(1);
    assertThat(Xml.all(del, "InsertResult").getLength()).isZero();
    assertThat(fixture.store().history("poi", fid))
        .extracting(f -> f.version().operation())
        .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.DELETE);
  }

  @Test
  void polygonsWithOuterBoundaryIsAndMultilineCoordinates() {
    fixture
        .store()
        .createLayer(
            cn.onemap.core.catalog.LayerDefinition.of(
                "lakes",
                "湖泊",
                cn.onemap.core.catalog.LayerKind.THEMATIC,
                cn.onemap.core.catalog.GeometryType.MULTIPOLYGON,
                List.of()));
    String insert =
        tx(
            "<wfs:Insert><onemap:lakes><onemap:geom><gml:MultiPolygon srsName=\"EPSG:4490\">"
                + "<gml:polygonMember><gml:Polygon><gml:outerBoundaryIs><gml:LinearRing>"
                + "<gml:coordinates>116.1,24.1\n   116.2,24.1 116.2,24.2\t116.1,24.2 116.1,24.1"
                + "</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>"
                + "</gml:polygonMember></gml:MultiPolygon></onemap:geom></onemap:lakes></wfs:Insert>");
    Document d = Xml.parse(body(post(insert, TestLayers.reader(true))));
    String fid = Xml.attr(d, "FeatureId", "fid").substring("lakes.".length());
    var g = fixture.store().get("lakes", fid).orElseThrow().geometry().get();
    assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(g.getEnvelopeInternal().getMinX()).isEqualTo(116.1);
    assertThat(g.getEnvelopeInternal().getMaxY()).isEqualTo(24.2);
  }

  @Test
  void failuresAreReportedAsFailedAndApplyNothing() {
    String refused =
        tx(
            "<wfs:Delete typeName=\"onemap:poi\"><ogc:Filter><ogc:FeatureId fid=\"poi.1\"/>"
                + "</ogc:Filter></wfs:Delete>");
    OgcResponse r = post(refused, TestLayers.reader(false));
    assertThat(r.status()).isEqualTo(403);
    Document d = Xml.parse(body(r));
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("WFS_TransactionResponse");
    assertThat(Xml.all(d, "FAILED").getLength()).isEqualTo(1);
    assertThat(Xml.text(d, "Message", 0)).contains("not allowed to edit onemap:poi");
    assertThat(fixture.store().history("poi", "1")).hasSize(1);

    // The bad coordinate comes after a valid delete: the transaction is atomic.
    String bad =
        tx(
            "<wfs:Delete typeName=\"onemap:poi\"><ogc:Filter><ogc:FeatureId fid=\"poi.1\"/>"
                + "</ogc:Filter></wfs:Delete><wfs:Insert><onemap:poi><onemap:geom><gml:Point>"
                + "<gml:coordinates>116.1;24.1</gml:coordinates></gml:Point></onemap:geom>"
                + "<onemap:name>x</onemap:name></onemap:poi></wfs:Insert>");
    OgcResponse b = post(bad, TestLayers.reader(true));
    assertThat(b.status()).isEqualTo(400);
    Document bd = Xml.parse(body(b));
    assertThat(Xml.all(bd, "FAILED").getLength()).isEqualTo(1);
    assertThat(Xml.text(bd, "Locator", 0)).isEqualTo("coordinates");
    assertThat(Xml.text(bd, "Message", 0)).contains("116.1;24.1");
    assertThat(fixture.store().history("poi", "1")).hasSize(1);
  }

  @Test
  void version100IsOnlyForTransactions() {
    OgcResponse caps =
        ows.handle(
            OgcRequest.get(
                "http://test/ows",
                "/",
                Map.of(
                    "SERVICE",
                    "WFS",
                    "REQUEST",
                    "GetFeature",
                    "VERSION",
                    "1.0.0",
                    "TYPENAME",
                    "onemap:poi")),
            TestLayers.reader(false));
    assertThat(caps.status()).isEqualTo(400);
    assertThat(body(caps)).contains("version 1.0.0 is not supported");
  }
}
