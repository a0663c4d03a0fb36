package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static cn.onemap.ogc.wms.WmsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GetCapabilities, GetFeatureInfo and GetLegendGraphic against a real H2GIS store. */
class WmsCapabilitiesAndInfoTest {
  static WmsFixture wms;

  @BeforeAll
  static void setUp() {
    wms = new WmsFixture();
  }

  @AfterAll
  static void tearDown() {
    wms.close();
  }

  @Test
  void capabilities130ListReadableLayersWithLatLonBoxes() throws Exception {
    OgcResponse r = wms.get("1.3.0", "REQUEST", "GetCapabilities");
    String xml = body(r);
    assertThat(r.status()).isEqualTo(200);
    Document d = Xml.parse(xml);
    Element root = d.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("WMS_Capabilities");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.opengis.net/wms");
    assertThat(root.getPrefix()).isNull();
    assertThat(xml).contains("兴趣点").doesNotContain(">secret<").doesNotContain("保密");
    assertThat(xml).contains("xlink:href=\"http://test/ows?\"");
    Element poi = layer(d, "poi");
    assertThat(text(poi, "westBoundLongitude")).isEqualTo("116.1");
    assertThat(text(poi, "southBoundLatitude")).isEqualTo("24.275");
    Element bbox4490 = box(poi, "CRS", "EPSG:4490");
    assertThat(bbox4490.getAttribute("minx")).as("latitude first").isEqualTo("24.275");
    assertThat(bbox4490.getAttribute("miny")).isEqualTo("116.1");
    assertThat(box(poi, "CRS", "CRS:84").getAttribute("minx")).isEqualTo("116.1");
    Element gk = box(poi, "CRS", "EPSG:4548");
    assertThat(Double.parseDouble(gk.getAttribute("minx"))).as("northing").isGreaterThan(2_000_000);
    Element dim = (Element) poi.getElementsByTagNameNS("*", "Dimension").item(0);
    assertThat(dim.getAttribute("name")).isEqualTo("time");
    assertThat(dim.getAttribute("units")).isEqualTo("ISO8601");
    assertThat(xml)
        .contains("<CRS>EPSG:4547</CRS>")
        .contains("<Format>image/png; mode=8bit</Format>");
    assertThat(xml).contains("<Format>application/vnd.ogc.gml</Format>");
    assertThat(text(poi, "Name", 1)).isEqualTo("default");
  }

  @Test
  void capabilities111AreXyWithSrs() {
    String xml = body(wms.get("1.1.1", "REQUEST", "GetCapabilities"));
    Document d = Xml.parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("WMT_MS_Capabilities");
    Element poi = layer(d, "poi");
    Element bbox = box(poi, "SRS", "EPSG:4490");
    assertThat(bbox.getAttribute("minx")).isEqualTo("116.1");
    assertThat(poi.getElementsByTagName("LatLonBoundingBox").getLength()).isEqualTo(1);
    assertThat(xml).contains("<SRS>EPSG:4490</SRS>").contains("<Extent name=\"time\"");
  }

  @Test
  void currentUpdateSequence() {
    Document d = Xml.parse(body(wms.get("1.3.0", "REQUEST", "GetCapabilities")));
    String seq = d.getDocumentElement().getAttribute("updateSequence");
    OgcResponse r = wms.get("1.3.0", "REQUEST", "GetCapabilities", "UPDATESEQUENCE", seq);
    WmsGetMapTest.assertCode(r, "CurrentUpdateSequence", "updatesequence");
  }

  /** Pixel (42, 213) is feature 1 in the 256×256 map; (100, 30) is empty. */
  @Test
  void getFeatureInfoFindsTheClickedFeatureInThreeFormats() throws Exception {
    String json =
        body(
            info(
                "1.3.0",
                "application/json",
                "I",
                "43",
                "J",
                "212",
                "CRS",
                "EPSG:4490",
                "BBOX",
                BBOX_4490_LATLON));
    JsonNode fc = new ObjectMapper().readTree(json);
    assertThat(fc.get("features")).hasSize(1);
    assertThat(fc.at("/features/0/id").asText()).isEqualTo("poi.1");
    assertThat(fc.at("/features/0/layerTitle").asText()).isEqualTo("兴趣点");
    assertThat(fc.at("/features/0/properties/name").asText()).isEqualTo("梅州站");
    assertThat(fc.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(116.10);

    String html =
        body(
            info(
                "1.1.1",
                "text/html",
                "X",
                "42",
                "Y",
                "213",
                "SRS",
                "EPSG:4490",
                "BBOX",
                BBOX_LONLAT));
    assertThat(html).contains("兴趣点").contains("名称").contains("梅州站");

    String gml =
        body(
            info(
                "1.3.0",
                "application/vnd.ogc.gml",
                "I",
                "42",
                "J",
                "213",
                "CRS",
                "CRS:84",
                "BBOX",
                BBOX_LONLAT));
    Document d = Xml.parse(gml);
    assertThat(Xml.all(d, "featureMember").getLength()).isEqualTo(1);
    assertThat(Xml.text(d, "name", 0)).isEqualTo("梅州站");

    JsonNode none =
        new ObjectMapper()
            .readTree(
                body(
                    info(
                        "1.3.0",
                        "application/json",
                        "I",
                        "100",
                        "J",
                        "30",
                        "CRS",
                        "EPSG:4490",
                        "BBOX",
                        BBOX_4490_LATLON)));
    assertThat(none.get("features")).isEmpty();

    double[] b = box4548();
    JsonNode gk =
        new ObjectMapper()
            .readTree(
                body(
                    info(
                        "1.3.0",
                        "application/json",
                        "I",
                        "42",
                        "J",
                        "213",
                        "CRS",
                        "EPSG:4548",
                        "BBOX",
                        b[1] + "," + b[0] + "," + b[3] + "," + b[2])));
    assertThat(gk.at("/features/0/id").asText()).isEqualTo("poi.1");
  }

  @Test
  void outlineOnlyPolygonsAreHitNearTheirOutline() throws Exception {
    String[] map = {"CRS", "EPSG:4490", "BBOX", BBOX_4490_LATLON, "QUERY_LAYERS", "grid"};
    JsonNode inside =
        new ObjectMapper()
            .readTree(body(info("1.3.0", "application/json", concat(map, "I", "64", "J", "60"))));
    assertThat(inside.get("features")).isEmpty();
    JsonNode edge =
        new ObjectMapper()
            .readTree(body(info("1.3.0", "application/json", concat(map, "I", "129", "J", "60"))));
    assertThat(edge.at("/features/0/id").asText()).isEqualTo("grid.g1");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void getFeatureInfoErrors() {
    WmsGetMapTest.assertCode(
        info(
            "1.3.0",
            "application/json",
            "I",
            "300",
            "J",
            "5",
            "CRS",
            "EPSG:4490",
            "BBOX",
            BBOX_4490_LATLON),
        "InvalidPoint",
        "i");
    WmsGetMapTest.assertCode(
        info("1.3.0", "text/csv", "I", "3", "J", "5", "CRS", "EPSG:4490", "BBOX", BBOX_4490_LATLON),
        "InvalidFormat",
        "info_format");
  }

  @Test
  void legendGraphicIsAnImage() {
    OgcResponse r =
        wms.get(
            "1.3.0",
            "REQUEST",
            "GetLegendGraphic",
            "LAYER",
            "poi",
            "FORMAT",
            "image/png",
            "WIDTH",
            "20",
            "HEIGHT",
            "20");
    assertThat(r.contentType()).isEqualTo("image/png");
    BufferedImage img = image(r);
    assertThat(img.getHeight()).isGreaterThanOrEqualTo(20);
    assertThat(img.getWidth()).isGreaterThan(24);
    WmsGetMapTest.assertCode(
        wms.get("1.3.0", "REQUEST", "GetLegendGraphic", "LAYER", "secret"),
        "LayerNotDefined",
        "layer");
  }

  @Test
  void unsupportedOperation() {
    WmsGetMapTest.assertCode(
        wms.get("1.3.0", "REQUEST", "GetStyles"), "OperationNotSupported", "request");
  }

  private OgcResponse info(String version, String format, String... kv) {
    String[] base = {
      "REQUEST",
      "GetFeatureInfo",
      "LAYERS",
      "poi",
      "QUERY_LAYERS",
      "poi",
      "STYLES",
      "",
      "WIDTH",
      "256",
      "HEIGHT",
      "256",
      "INFO_FORMAT",
      format,
      "FEATURE_COUNT",
      "5"
    };
    String[] all = new String[base.length + kv.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(kv, 0, all, base.length, kv.length);
    return wms.get(version, all);
  }

  static Element layer(Document d, String name) {
    NodeList layers = d.getElementsByTagNameNS("*", "Layer");
    for (int i = 0; i < layers.getLength(); i++) {
      Element l = (Element) layers.item(i);
      Element n = (Element) l.getElementsByTagNameNS("*", "Name").item(0);
      if (n != null && n.getParentNode() == l && n.getTextContent().equals(name)) {
        return l;
      }
    }
    throw new AssertionError("no layer " + name);
  }

  private static Element box(Element layer, String attr, String crs) {
    NodeList boxes = layer.getElementsByTagNameNS("*", "BoundingBox");
    for (int i = 0; i < boxes.getLength(); i++) {
      Element b = (Element) boxes.item(i);
      if (b.getAttribute(attr).equals(crs)) {
        return b;
      }
    }
    throw new AssertionError("no BoundingBox for " + crs);
  }

  private static String text(Element e, String local) {
    return text(e, local, 0);
  }

  private static String text(Element e, String local, int i) {
    return e.getElementsByTagNameNS("*", local).item(i).getTextContent();
  }
}
