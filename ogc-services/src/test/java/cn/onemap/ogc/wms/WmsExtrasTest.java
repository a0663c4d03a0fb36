package cn.onemap.ogc.wms;

import static cn.onemap.ogc.TestLayers.body;
import static cn.onemap.ogc.wms.WmsFixture.BBOX_4490_LATLON;
import static cn.onemap.ogc.wms.WmsFixture.image;
import static cn.onemap.ogc.wms.WmsGetMapTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcResponse;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * SLD-encoded GetMap by POST, TIME intervals and lists, named styles from a styles directory, and
 * SLD by URL with the host allow-list. Pixels as in {@link WmsFixture}: a(1) at (42, 213).
 */
class WmsExtrasTest {
  static final String RED_SLD =
      """
      <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"
          xmlns:ogc="http://www.opengis.net/ogc">
        <NamedLayer><Name>poi</Name><UserStyle><Name>red</Name><Title>红色方块</Title>
          <FeatureTypeStyle><Rule>
          <PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName>
            <Fill><CssParameter name="fill">#FF0000</CssParameter></Fill></Mark>
            <Size>12</Size></Graphic></PointSymbolizer>
        </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
      </StyledLayerDescriptor>
      """;
  static final String BLUE_STYLE = RED_SLD.replace("#FF0000", "#0000FF").replace("红色", "蓝色");

  @TempDir static Path stylesDir;
  static WmsFixture wms;
  static HttpServer sldServer;
  static int sldPort;

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(stylesDir.resolve("poi"));
    Files.writeString(stylesDir.resolve("poi/blue.sld"), BLUE_STYLE, StandardCharsets.UTF_8);
    sldServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    sldPort = sldServer.getAddress().getPort();
    sldServer.createContext(
        "/red.sld",
        ex -> {
          byte[] b = RED_SLD.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, b.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    sldServer.createContext(
        "/moved.sld",
        ex -> {
          ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    sldServer.start();
    wms =
        new WmsFixture(
            WmsConfig.defaults()
                .withMaxSize(2048, 2048)
                .withStylesDir(stylesDir)
                .withSldAllowedHosts(Set.of("127.0.0.1")));
  }

  @AfterAll
  static void tearDown() {
    sldServer.stop(0);
    wms.close();
  }

  static Color at(BufferedImage img, int x, int y) {
    return new Color(img.getRGB(x, y), true);
  }

  static String getMapXml(String styledLayers, String extra) {
    return "<GetMap xmlns=\"http://www.opengis.net/sld\" xmlns:gml=\"http://www.opengis.net/gml\""
        + " version=\"1.2.0\" service=\"WMS\"><StyledLayerDescriptor version=\"1.0.0\">"
        + styledLayers
        + "</StyledLayerDescriptor>"
        + "<BoundingBox srsName=\"http://www.opengis.net/gml/srs/epsg.xml#4490\">"
        + "<gml:coord><gml:X>116.09</gml:X><gml:Y>24.27</gml:Y></gml:coord>"
        + "<gml:coord><gml:X>116.15</gml:X><gml:Y>24.33</gml:Y></gml:coord></BoundingBox>"
        + "<Output><Format>image/png</Format><Transparent>true</Transparent>"
        + "<Size><Width>256</Width><Height>256</Height></Size></Output>"
        + extra
        + "</GetMap>";
  }

  @Test
  void xmlGetMapDrawsLikeTheKvpRequest() {
    BufferedImage post =
        image(
            wms.post(
                getMapXml(
                    "<NamedLayer><Name>poi</Name><NamedStyle><Name>default</Name></NamedStyle>"
                        + "</NamedLayer>",
                    "")));
    BufferedImage kvp = image(wms.map("EPSG:4490", BBOX_4490_LATLON));
    assertThat(post.getWidth()).isEqualTo(256);
    int same = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        same += post.getRGB(x, y) == kvp.getRGB(x, y) ? 1 : 0;
      }
    }
    assertThat(same).isEqualTo(256 * 256);
    assertThat(at(post, 42, 213).getAlpha()).isGreaterThan(0);
    assertThat(at(post, 5, 5).getAlpha()).isZero();
  }

  @Test
  void xmlGetMapWithAUserStyleAndANamedStyle() {
    String user =
        RED_SLD.substring(
            RED_SLD.indexOf("<NamedLayer>"), RED_SLD.indexOf("</StyledLayerDescriptor>"));
    BufferedImage red = image(wms.post(getMapXml(user, "")));
    assertThat(at(red, 42, 213).getRed()).isGreaterThan(200);
    assertThat(at(red, 42, 213).getBlue()).isLessThan(60);
    BufferedImage blue =
        image(
            wms.post(
                getMapXml(
                    "<NamedLayer><Name>poi</Name><NamedStyle><Name>blue</Name></NamedStyle>"
                        + "</NamedLayer>",
                    "")));
    assertThat(at(blue, 42, 213).getBlue()).isGreaterThan(200);
  }

  @Test
  void xmlGetMapRefusesEntitiesUserLayersAndBadBoxes() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE GetMap [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + getMapXml("<NamedLayer><Name>&x;</Name></NamedLayer>", "");
    OgcResponse r = wms.post(xxe);
    assertCode(r, "OperationParsingFailed", null);
    assertThat(body(r)).doesNotContain("root:");
    assertCode(
        wms.post(getMapXml("<UserLayer><Name>x</Name></UserLayer>", "")),
        "OperationNotSupported",
        "UserLayer");
    assertCode(
        wms.post(getMapXml("<NamedLayer><Name>secret</Name></NamedLayer>", "")),
        "LayerNotDefined",
        "layers");
    String oneCorner =
        getMapXml("<NamedLayer><Name>poi</Name></NamedLayer>", "")
            .replaceFirst("<gml:coord><gml:X>116.15</gml:X><gml:Y>24.33</gml:Y></gml:coord>", "");
    assertCode(wms.post(oneCorner), "OperationParsingFailed", "BoundingBox");
  }

  @Test
  void timeIntervalsDrawTheStateAtTheirEnd() {
    String before = wms.beforeMove.toString();
    BufferedImage closed =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", "2000-01-01/" + before));
    assertThat(WmsFixture.drawnNear(closed, 128, 128)).isTrue();
    BufferedImage withPeriod =
        image(wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", "2000-01-01/" + before + "/PT1H"));
    assertThat(WmsFixture.drawnNear(withPeriod, 128, 128)).isTrue();
    BufferedImage open = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", before + "/current"));
    assertThat(WmsFixture.drawnNear(open, 128, 128)).isFalse();
    BufferedImage viaPost =
        image(
            wms.post(
                getMapXml(
                    "<NamedLayer><Name>poi</Name></NamedLayer>",
                    "<Time>../" + before + "</Time>")));
    assertThat(WmsFixture.drawnNear(viaPost, 128, 128)).isTrue();
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", before + "," + before),
        "InvalidDimensionValue",
        "time");
    assertCode(
        wms.map("EPSG:4490", BBOX_4490_LATLON, "TIME", before + "/2000-01-01"),
        "InvalidDimensionValue",
        "time");
    assertThat(body(wms.get("1.3.0", "REQUEST", "GetCapabilities")))
        .contains("multipleValues=\"0\"");
  }

  @Test
  void namedStylesAreAdvertisedDrawnAndLegended() {
    Document caps = Xml.parse(body(wms.get("1.3.0", "REQUEST", "GetCapabilities")));
    String xml = body(wms.get("1.3.0", "REQUEST", "GetCapabilities"));
    assertThat(xml).contains("<Name>blue</Name>").contains("<Title>蓝色方块</Title>");
    assertThat(xml).contains("LAYER=poi&amp;STYLE=blue");
    assertThat(Xml.all(caps, "Style").getLength()).isGreaterThan(2);
    BufferedImage img = image(wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "blue"));
    assertThat(at(img, 42, 213).getBlue()).isGreaterThan(200);
    assertThat(at(img, 42, 213).getRed()).isLessThan(60);
    BufferedImage legend =
        image(wms.get("1.3.0", "REQUEST", "GetLegendGraphic", "LAYER", "poi", "STYLE", "blue"));
    boolean blue = false;
    for (int y = 0; y < legend.getHeight(); y++) {
      for (int x = 0; x < legend.getWidth(); x++) {
        Color c = at(legend, x, y);
        blue |= c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60;
      }
    }
    assertThat(blue).isTrue();
    OgcResponse unknown = wms.map("EPSG:4490", BBOX_4490_LATLON, "STYLES", "green");
    assertCode(unknown, "StyleNotDefined", "styles");
    assertThat(body(unknown)).contains("offered: default, blue");
  }

  @Test
  void badStyleFilesFailTheConfigurationWithTheirPath(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("poi"));
    Files.writeString(dir.resolve("poi/broken.sld"), "<StyledLayerDescriptor>");
    assertThatThrownBy(() -> StyleCatalog.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken.sld");
  }

  @Test
  void sldByUrlOnlyFromAllowedHosts() {
    BufferedImage red =
        image(
            wms.map(
                "EPSG:4490", BBOX_4490_LATLON, "SLD", "http://127.0.0.1:" + sldPort + "/red.sld"));
    assertThat(at(red, 42, 213).getRed()).isGreaterThan(200);
    for (String url :
        new String[] {
          "http://localhost:" + sldPort + "/red.sld",
          "http://169.254.169.254/latest/meta-data",
          "file:///etc/passwd",
          "jar:file:///tmp/x.jar!/a.sld",
          "http://user:pw@127.0.0.1:" + sldPort + "/red.sld"
        }) {
      OgcResponse r = wms.map("EPSG:4490", BBOX_4490_LATLON, "SLD", url);
      assertCode(r, "InvalidParameterValue", "sld");
      assertThat(body(r)).contains("refused").doesNotContain("root:");
    }
    OgcResponse redirected =
        wms.map("EPSG:4490", BBOX_4490_LATLON, "SLD", "http://127.0.0.1:" + sldPort + "/moved.sld");
    assertCode(redirected, "InvalidParameterValue", "sld");
    assertThat(body(redirected)).contains("HTTP 302");
    OgcResponse notListed =
        wms.map("EPSG:4490", BBOX_4490_LATLON, "SLD", "http://example.org/a.sld");
    assertThat(body(notListed)).contains("not on the SLD allow-list");
  }
}
