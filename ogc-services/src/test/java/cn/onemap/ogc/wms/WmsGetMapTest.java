package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static cn.onemap.ogc.wms.WmsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcResponse;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** GetMap against a real H2GIS store: axis order, formats, styles, filters, time, exceptions. */
class WmsGetMapTest {
  static WmsFixture wms;

  @BeforeAll
  static void setUp() {
    wms = new WmsFixture();
  }

  @AfterAll
  static void tearDown() {
    wms.close();
  }

  /** Feature 1 (116.10, 24.28) sits at pixel (42, 213); elsewhere the PNG is transparent. */
  @Test
  void epsg4490In130IsLatLon() {
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON));
    assertThat(img.getWidth()).isEqualTo(256);
    assertThat(drawnNear(img, 42, 213)).isTrue();
    assertThat(drawnNear(img, 213, 42)).isTrue();
    assertThat(alpha(img, 5, 5)).isZero();
    assertThat(alpha(img, 128, 128)).as("feature 2 moved away").isZero();
  }

  @Test
  void sameFeatureSamePixelInCrs84And4548And111() {
    BufferedImage crs84 = image(wms.map("CRS:84", BBOX_LONLAT));
    assertThat(drawnNear(crs84, 42, 213)).isTrue();
    assertThat(alpha(crs84, 5, 5)).isZero();

    double[] b = box4548();
    // EPSG:4548 is northing,easting in EPSG: WMS 1.3.0 writes its BBOX northing first.
    String neBox = b[1] + "," + b[0] + "," + b[3] + "," + b[2];
    BufferedImage gk = image(wms.map("EPSG:4548", neBox));
    assertThat(drawnNear(gk, 42, 213)).isTrue();
    assertThat(drawnNear(gk, 213, 42)).isTrue();
    assertThat(alpha(gk, 5, 5)).isZero();

    BufferedImage v111 =
        image(
            wms.get(
                "1.1.1",
                "REQUEST",
                "GetMap",
                "LAYERS",
                "poi",
                "STYLES",
                "",
                "SRS",
                "EPSG:4490",
                "BBOX",
                BBOX_LONLAT,
                "WIDTH",
                "256",
                "HEIGHT",
                "256",
                "FORMAT",
                "image/png",
                "TRANSPARENT",
                "TRUE"));
    assertThat(drawnNear(v111, 42, 213)).isTrue();
    BufferedImage gk111 =
        image(
            wms.get(
                "1.1.1",
                "REQUEST",
                "GetMap",
                "LAYERS",
                "onemap:poi",
                "SRS",
                "EPSG:4548",
                "BBOX",
                b[0] + "," + b[1] + "," + b[2] + "," + b[3],
                "WIDTH",
                "256",
                "HEIGHT",
                "256",
                "FORMAT",
                "image/png",
                "TRANSPARENT",
                "TRUE"));
    assertThat(drawnNear(gk111, 42, 213)).isTrue();
  }

  @Test
  void png8IsPalettedAndJpegDecodes() {
    OgcResponse r = wms.map("EPSG:4490", BBOX_4490_LATLON, "FORMAT", "image/png; mode=8bit");
    assertThat(r.contentType()).isEqualTo("image/png");
    BufferedImage png8 = image(r);
    assertThat(png8.getColorModel()).isInstanceOf(IndexColorModel.class);
    assertThat(drawnNear(png8, 42, 213)).isTrue();

    OgcResponse j =
        wms.map("EPSG:4490", BBOX_4490_LATLON, "FORMAT", "image/jpeg", "BGCOLOR", "0x00FF00");
    assertThat(j.contentType()).isEqualTo("image/jpeg");
    BufferedImage jpeg = image(j);
    Color corner = new Color(jpeg.getRGB(5, 5));
    assertThat(corner.getGreen()).isGreaterThan(200);
    assertThat(corner.getRed()).isLessThan(60);
  }

  @Test
  void sldBodyChangesTheColour() {
    String sld =
        """
        <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
            xmlns:ogc="http://www.opengis.net/ogc">
          <NamedLayer><Name>poi</Name><UserStyle><Name>red</Name><FeatureTypeStyle><Rule>
            <PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName>
              <Fill><CssParameter name="fill">#FF0000</CssParameter></Fill></Mark>
              <Size>12</Size></Graphic></PointSymbolizer>
          </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
        </StyledLayerDescriptor>
        """;
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "SLD_BODY", sld));
    Color c = new Color(img.getRGB(42, 213), true);
    assertThat(c.getRed()).isGreaterThan(200);
    assertThat(c.getBlue()).isLessThan(60);
  }

  @Test
  void cqlFilterHidesAFeature() {
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "CQL_FILTER", "level <> 1"));
    assertThat(drawnNear(img, 42, 213)).isFalse();
    assertThat(drawnNear(img, 213, 42)).isTrue();
  }

  @Test
  void timeShowsTheOldState() {
    BufferedImage then =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", wms.beforeMove.toString()));
    assertThat(drawnNear(then, 128, 128)).isTrue();
    BufferedImage now = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", "current"));
    assertThat(drawnNear(now, 128, 128)).isFalse();
  }

  @Test
  void inImageAndBlankExceptions() {
    BufferedImage inImage =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "LAYERS", "nope", "EXCEPTIONS", "INIMAGE"));
    long drawn = 0;
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 256; x++) {
        drawn += alpha(inImage, x, y) > 0 ? 1 : 0;
      }
    }
    assertThat(drawn).as("message pixels").isGreaterThan(20);
    BufferedImage blank =
        image(
            wms.map(
                "EPSG:4490",
                BBOX_4490_LATLON,
                "LAYERS",
                "secret",
                "EXCEPTIONS",
                "application/vnd.ogc.se_blank"));
    assertThat(alpha(blank, 42, 213)).isZero();
  }

  @Test
  void errorsCarryWmsCodes() {
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "LAYERS", "secret"), "LayerNotDefined", "layers");
    assertCode(wms.map("EPSG:999999", BBOX_4490_LATLON), "InvalidCRS", "crs");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "FORMAT", "image/gif"), "InvalidFormat", "format");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "fancy"), "StyleNotDefined", "styles");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", "yesterday"),
        "InvalidDimensionValue",
        "time");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "WIDTH", "5000"), "InvalidParameterValue", "width");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "CQL_FILTER", "nosuch = 1"),
        "InvalidParameterValue",
        null);
    OgcResponse v111 =
        wms.get(
            "1.1.1",
            "REQUEST",
            "GetMap",
            "LAYERS",
            "x",
            "SRS",
            "EPSG:4490",
            "BBOX",
            BBOX_LONLAT,
            "WIDTH",
            "10",
            "HEIGHT",
            "10",
            "FORMAT",
            "image/png");
    assertThat(v111.contentType()).startsWith("application/vnd.ogc.se_xml");
    Document d = Xml.parse(body(v111));
    assertThat(d.getDocumentElement().getNamespaceURI()).isNull();
    assertThat(Xml.attr(d, "ServiceException", "code")).isEqualTo("LayerNotDefined");
  }

  @Test
  void renderLimitIsAClearException() {
    WmsFixture small = wms;
    OgcResponse r = small.map("EPSG:4490", BBOX_4490_LATLON, "WIDTH", "4096");
    assertCode(r, "InvalidParameterValue", "width");
    assertThat(body(r)).contains("2048");
  }

  /** Opaque pixels: what the poi marks cover. */
  static long drawn(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += alpha(img, x, y) > 128 ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * Vendor dpi (GeoServer FORMAT_OPTIONS, QGIS DPI, MapServer MAP_RESOLUTION): the same 256² image
   * with marks (300 / 90.7)² ≈ 11 times the area; out of 25..600 or not a number is refused.
   */
  @Test
  void vendorDpiDrawsBiggerSymbolsInTheSameImage() {
    BufferedImage standard = image(wms.map("EPSG:4490", BBOX_4490_LATLON));
    BufferedImage hi =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "FORMAT_OPTIONS", "dpi:300;quantizer:octree"));
    assertThat(hi.getWidth()).isEqualTo(256);
    assertThat(hi.getHeight()).isEqualTo(256);
    assertThat(drawnNear(hi, 42, 213)).as("the same place").isTrue();
    double ratio = (double) drawn(hi) / drawn(standard);
    assertThat(ratio).isBetween(6.0, 14.0);
    assertThat(drawn(image(wms.map("EPSG:4490", BBOX_4490_LATLON, "DPI", "300"))))
        .isEqualTo(drawn(hi));
    assertThat(drawn(image(wms.map("EPSG:4490", BBOX_4490_LATLON, "MAP_RESOLUTION", "300"))))
        .isEqualTo(drawn(hi));
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "FORMAT_OPTIONS", "dpi:601"),
        "InvalidParameterValue",
        "format_options");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "DPI", "high"), "InvalidParameterValue", "dpi");
    assertCode(wms.map("EPSG:4490", BBOX_4490_LATLON, "DPI", "24"), "InvalidParameterValue", "dpi");
  }

  static void assertCode(OgcResponse r, String code, String locator) {
    String xml = body(r);
    assertThat(r.status()).as(xml).isGreaterThanOrEqualTo(400);
    Document d = Xml.parse(xml);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("ServiceExceptionReport");
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.opengis.net/ogc");
    assertThat(Xml.attr(d, "ServiceException", "code")).as(xml).isEqualTo(code);
    if (locator != null) {
      assertThat(Xml.attr(d, "ServiceException", "locator")).isEqualTo(locator);
    }
  }
}
