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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** WFS-T round trip: one version per edited feature, refused without edit rights. */
class TransactionTest {
  static final String NS =
      "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\""
          + " xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";
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

  @Test
  void insertUpdateDeleteRoundTrip() {
    String insert =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Insert><onemap:poi><onemap:geom><gml:Point srsName=\"urn:ogc:def:crs:EPSG::4490\">"
            + "<gml:pos>24.31 116.13</gml:pos></gml:Point></onemap:geom><onemap:name>新站</onemap:name>"
            + "<onemap:level>4</onemap:level></onemap:poi></wfs:Insert></wfs:Transaction>";
    Document d = Xml.parse(body(post(insert, TestLayers.reader(true))));
    assertThat(Xml.text(d, "totalInserted", 0)).isEqualTo("1");
    String rid = Xml.attr(d, "ResourceId", "rid");
    String fid = rid.substring("poi.".length());
    var inserted = fixture.store().get("poi", fid).orElseThrow();
    assertThat(inserted.geometry().get().getCoordinate().x).isEqualTo(116.13);
    assertThat(inserted.version().author()).isEqualTo("editor1");

    String update =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Update typeName=\"onemap:poi\"><wfs:Property><wfs:ValueReference>level</wfs:ValueReference>"
            + "<wfs:Value>9</wfs:Value></wfs:Property><fes:Filter><fes:ResourceId rid=\""
            + rid
            + "\"/></fes:Filter></wfs:Update>"
            + "<wfs:Delete typeName=\"onemap:poi\"><fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>name</fes:ValueReference>"
            + "<fes:Literal>梅州站</fes:Literal></fes:PropertyIsEqualTo></fes:Filter></wfs:Delete></wfs:Transaction>";
    Document u = Xml.parse(body(post(update, TestLayers.reader(true))));
    assertThat(Xml.text(u, "totalUpdated", 0)).isEqualTo("1");
    assertThat(Xml.text(u, "totalDeleted", 0)).isEqualTo("1");
    assertThat(fixture.store().history("poi", fid)).hasSize(2);
    assertThat(fixture.store().get("poi", fid).orElseThrow().attribute("level")).isEqualTo(9);
    assertThat(fixture.store().history("poi", "1")).hasSize(2);
    assertThat(fixture.store().get("poi", "1")).isEmpty();
  }

  @Test
  void refusedWithoutEditRights() {
    String delete =
        "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
            + NS
            + "><wfs:Delete typeName=\"onemap:poi\"><fes:Filter><fes:ResourceId rid=\"poi.1\"/></fes:Filter>"
            + "</wfs:Delete></wfs:Transaction>";
    OgcResponse r = post(delete, TestLayers.reader(false));
    assertThat(r.status()).isEqualTo(403);
    assertThat(fixture.store().history("poi", "1")).hasSize(1);
  }
}
