package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.LayerChange;
import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * WMS 1.3.0 conformance fixes of issue 9 (items 7–11) against a real H2GIS store: the update
 * sequence, schema validity with the official XSDs, VERSION on GetMap, keywords / contact /
 * metadata URLs, unknown services.
 */
class WmsConformanceTest {
  static WmsFixture wms;

  @BeforeAll
  static void setUp() {
    WmsMetadata meta =
        WmsMetadata.defaults()
            .withLayers(
                Map.of("poi", List.of("兴趣点", "POI", "地名地址")),
                Map.of("poi", URI.create("https://metadata.meizhou.example/layers/poi")));
    wms =
        new WmsFixture(
            WmsConfig.defaults()
                .withMaxSize(2048, 2048)
                .withStylesDir(Path.of("src/test/resources/wms-styles").toAbsolutePath())
                .withMetadata(meta));
  }

  @AfterAll
  static void tearDown() {
    wms.close();
  }

  private static long sequence() {
    Document d = Xml.parse(body(wms.get("1.3.0", "REQUEST", "GetCapabilities")));
    return Long.parseLong(d.getDocumentElement().getAttribute("updateSequence"));
  }

  private static OgcResponse capsWith(long sequence) {
    return wms.get(
        "1.3.0", "REQUEST", "GetCapabilities", "UPDATESEQUENCE", Long.toString(sequence));
  }

  /** Item 7: the catalog's change counter, compared as a number. */
  @Test
  void updateSequenceIsTheCatalogCounterComparedNumerically() {
    long seq = sequence();
    assertThat(seq).isEqualTo(wms.fixture.store().catalogSequence());
    WmsGetMapTest.assertCode(capsWith(seq), "CurrentUpdateSequence", "updatesequence");
    WmsGetMapTest.assertCode(capsWith(seq + 1), "InvalidUpdateSequence", "updatesequence");
    WmsGetMapTest.assertCode(
        wms.get("1.3.0", "REQUEST", "GetCapabilities", "UPDATESEQUENCE", "abc"),
        "InvalidUpdateSequence",
        "updatesequence");
    OgcResponse older = capsWith(seq - 1);
    assertThat(older.status()).isEqualTo(200);
    assertThat(Xml.parse(body(older)).getDocumentElement().getLocalName())
        .isEqualTo("WMS_Capabilities");

    // A catalog change raises it; the old value is then "lower" and gets the document.
    wms.fixture.store().alterLayer("grid", LayerChange.retitle("单元网格（新）"));
    long next = sequence();
    assertThat(next).isGreaterThan(seq);
    assertThat(capsWith(seq).status()).isEqualTo(200);
    WmsGetMapTest.assertCode(capsWith(next), "CurrentUpdateSequence", "updatesequence");
    // The WFS publishes the same counter.
    for (String version : List.of("2.0.0", "1.1.0")) {
      OgcResponse wfs =
          wms.ows.handle(
              OgcRequest.get(
                  WmsFixture.BASE,
                  "/",
                  Map.of("SERVICE", "WFS", "VERSION", version, "REQUEST", "GetCapabilities")),
              WmsFixture.READER);
      assertThat(Xml.parse(body(wfs)).getDocumentElement().getAttribute("updateSequence"))
          .isEqualTo(Long.toString(next));
    }
    wms.fixture.store().alterLayer("grid", LayerChange.retitle("单元网格"));
  }

  /** Item 8: valid against WMS 1.3.0 and SLD 1.1 sld_capabilities.xsd, with both named. */
  @Test
  void capabilitiesAreValidAgainstWmsAndSldSchemas() throws Exception {
    String xml = body(wms.get("1.3.0", "REQUEST", "GetCapabilities"));
    Element root = Xml.parse(xml).getDocumentElement();
    String location =
        root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
    assertThat(location.split("\\s+"))
        .containsExactly(
            "http://www.opengis.net/wms",
            "http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd",
            "http://www.opengis.net/sld",
            "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd");
    // Several layers, a versioned one (Dimension), named styles and MetadataURL.
    assertThat(xml)
        .contains("<Name>poi</Name>")
        .contains("<Name>grid</Name>")
        .contains("<Dimension name=\"time\"")
        .contains("<Name>red_points</Name>")
        .contains("sld:GetLegendGraphic")
        .contains("<MetadataURL type=\"ISO19115:2003\">");
    Schema schema =
        SchemaCatalog.ogc("wms/1.3.0/capabilities_1_3_0.xsd", "sld/1.1.0/sld_capabilities.xsd");
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  /** The validator itself rejects an out-of-order document (so the test above means something). */
  @Test
  void theSchemaCheckCatchesElementOrder() {
    String xml = body(wms.get("1.3.0", "REQUEST", "GetCapabilities"));
    String broken =
        xml.replaceFirst(
            "(<KeywordList>.*?</KeywordList>)(<OnlineResource[^>]*></OnlineResource>)", "$2$1");
    assertThat(broken).isNotEqualTo(xml);
    Schema schema =
        SchemaCatalog.ogc("wms/1.3.0/capabilities_1_3_0.xsd", "sld/1.1.0/sld_capabilities.xsd");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> schema.newValidator().validate(new StreamSource(new StringReader(broken))))
        .hasMessageContaining("KeywordList");
  }

  /** Item 9: VERSION is mandatory on GetMap (and GetFeatureInfo), not on GetCapabilities. */
  @Test
  void getMapWithoutVersionIsMissingParameterValue() {
    Map<String, String> kvp =
        Map.of(
            "SERVICE", "WMS",
            "REQUEST", "GetMap",
            "LAYERS", "poi",
            "STYLES", "",
            "CRS", "EPSG:4490",
            "BBOX", WmsFixture.BBOX_4490_LATLON,
            "WIDTH", "64",
            "HEIGHT", "64",
            "FORMAT", "image/png");
    OgcResponse r = wms.ows.handle(OgcRequest.get(WmsFixture.BASE, "/", kvp), WmsFixture.READER);
    WmsGetMapTest.assertCode(r, "MissingParameterValue", "version");
    var info = new java.util.HashMap<>(kvp);
    info.put("REQUEST", "GetFeatureInfo");
    info.put("QUERY_LAYERS", "poi");
    info.put("I", "1");
    info.put("J", "1");
    WmsGetMapTest.assertCode(
        wms.ows.handle(OgcRequest.get(WmsFixture.BASE, "/", info), WmsFixture.READER),
        "MissingParameterValue",
        "version");
    OgcResponse caps =
        wms.ows.handle(
            OgcRequest.get(
                WmsFixture.BASE, "/", Map.of("SERVICE", "WMS", "REQUEST", "GetCapabilities")),
            WmsFixture.READER);
    assertThat(caps.status()).isEqualTo(200);
  }

  /** Item 10: service keywords and contact, per-layer keywords and MetadataURL. */
  @Test
  void keywordsContactAndMetadataUrls() {
    for (String version : List.of("1.3.0", "1.1.1")) {
      Document d = Xml.parse(body(wms.get(version, "REQUEST", "GetCapabilities")));
      Element service = (Element) Xml.all(d, "Service").item(0);
      Element keywords = (Element) service.getElementsByTagNameNS("*", "KeywordList").item(0);
      assertThat(keywords.getTextContent()).contains("一张图").contains("梅州市");
      Element contact = (Element) service.getElementsByTagNameNS("*", "ContactInformation").item(0);
      assertThat(
              contact.getElementsByTagNameNS("*", "ContactOrganization").item(0).getTextContent())
          .isEqualTo("梅州市自然资源局");
      assertThat(contact.getElementsByTagNameNS("*", "City").item(0).getTextContent())
          .isEqualTo("梅州市");
      Element poi = WmsCapabilitiesAndInfoTest.layer(d, "poi");
      Element layerWords = (Element) poi.getElementsByTagNameNS("*", "KeywordList").item(0);
      assertThat(layerWords.getTextContent()).contains("地名地址").contains("POI");
      Element url = (Element) poi.getElementsByTagNameNS("*", "MetadataURL").item(0);
      assertThat(url.getAttribute("type")).isEqualTo("ISO19115:2003");
      Element online = (Element) url.getElementsByTagNameNS("*", "OnlineResource").item(0);
      assertThat(online.getAttributeNS(CapsXml.XLINK, "href"))
          .isEqualTo("https://metadata.meizhou.example/layers/poi");
      Element grid = WmsCapabilitiesAndInfoTest.layer(d, "grid");
      assertThat(grid.getElementsByTagNameNS("*", "MetadataURL").getLength()).isZero();
    }
  }

  /** Item 11: an unknown or unsupported SERVICE is an exception report, not an HTTP 500. */
  @Test
  void unknownServiceIsAnExceptionReport() {
    for (String service : List.of("WMTS", "FOO")) {
      OgcResponse r =
          wms.ows.handle(
              OgcRequest.get(
                  WmsFixture.BASE, "/", Map.of("SERVICE", service, "REQUEST", "GetCapabilities")),
              WmsFixture.READER);
      String xml = body(r);
      assertThat(r.status()).as(xml).isEqualTo(400);
      Document d = Xml.parse(xml);
      assertThat(d.getDocumentElement().getLocalName()).isEqualTo("ExceptionReport");
      assertThat(Xml.attr(d, "Exception", "exceptionCode")).isEqualTo("InvalidParameterValue");
      assertThat(Xml.attr(d, "Exception", "locator")).isEqualTo("service");
      assertThat(xml).contains(service);
    }
  }
}
