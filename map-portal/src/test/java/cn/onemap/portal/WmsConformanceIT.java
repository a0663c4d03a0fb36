package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 items 7, 9, 10, 11 and 20 (caller-class sizes) over real HTTP against the portal on the
 * small sample city: what a client sees through {@code /ows} and {@code /wms}.
 */
class WmsConformanceIT extends SampleCityTestBase {
  private static final String MAP =
      "/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=buildings&STYLES=&CRS=EPSG:4490"
          + "&BBOX=24.27,116.10,24.31,116.14&FORMAT=image/png";

  @LocalServerPort int port;

  @Test
  void unknownServicesAreExceptionReportsNot500() {
    Http http = new Http(port);
    for (String path :
        new String[] {
          "/ows?SERVICE=WMTS&REQUEST=GetCapabilities",
          "/ows?SERVICE=FOO&REQUEST=GetCapabilities",
          "/wms?SERVICE=WMTS&REQUEST=GetCapabilities"
        }) {
      Http.Response r = http.get(path);
      assertThat(r.status()).as(path + "\n" + r.body()).isEqualTo(400);
      assertThat(r.body())
          .contains("ExceptionReport")
          .contains("InvalidParameterValue")
          .contains("locator=\"service\"");
    }
  }

  @Test
  void getMapWithoutVersionIsMissingParameterValue() {
    Http.Response r = new Http(port).get(MAP + "&WIDTH=64&HEIGHT=64");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("MissingParameterValue").contains("locator=\"version\"");
  }

  @Test
  void capabilitiesCarryTheCatalogSequenceAndTheContact() {
    Http http = new Http(port);
    Http.Response caps = http.get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
    assertThat(caps.status()).isEqualTo(200);
    assertThat(caps.body())
        .contains("<ContactOrganization>梅州市自然资源局</ContactOrganization>")
        .contains("<Keyword>一张图</Keyword>")
        .contains("sld_capabilities.xsd");
    String seq = caps.body().replaceFirst("(?s).*updateSequence=\"(\\d+)\".*", "$1");
    long n = Long.parseLong(seq);
    String base = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities&UPDATESEQUENCE=";
    assertThat(http.get(base + n).body()).contains("CurrentUpdateSequence");
    assertThat(http.get(base + (n + 1)).body()).contains("InvalidUpdateSequence");
    assertThat(http.get(base + (n - 1)).status()).isEqualTo(200);
  }

  @Test
  void anonymousMapsAreSmallerThanSignedInOnes() {
    String big = MAP + "&VERSION=1.3.0&WIDTH=2500&HEIGHT=100";
    Http.Response anonymous = new Http(port).get(big);
    assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(400);
    assertThat(anonymous.body()).contains("between 1 and 2048");
    Http.Response signedIn = new Http(port).basic("admin", ADMIN_PASSWORD).get(big);
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    assertThat(signedIn.contentType()).startsWith("image/png");
  }

  /**
   * GeoServer's FORMAT_OPTIONS=dpi:300 (and QGIS's DPI=300): the image keeps the size asked, its
   * roads are drawn 300 / 90.7 times as wide; a dpi out of 25..600 is InvalidParameterValue.
   */
  @Test
  void formatOptionsDpiDrawsThickerLinesInTheSameImageSize() throws Exception {
    String roads =
        "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=roads&STYLES=&CRS=EPSG:4490"
            + "&BBOX=24.292,116.111,24.296,116.115&FORMAT=image/png&WIDTH=300&HEIGHT=300";
    BufferedImage standard = png(roads);
    BufferedImage at300 = png(roads + "&FORMAT_OPTIONS=antialias:full;dpi:300");
    BufferedImage qgis = png(roads + "&DPI=300");
    assertThat(at300.getWidth()).isEqualTo(300);
    assertThat(at300.getHeight()).isEqualTo(300);
    long thin = roadGrey(standard);
    long thick = roadGrey(at300);
    assertThat(thin).as("roads in the view, 400 m across").isGreaterThan(1000);
    // 3 px centre lines become 10 px (labels, with their halos, cover some at 90.7 dpi)
    assertThat((double) thick / thin).as("road pixels at 300 dpi").isGreaterThan(2.5);
    assertThat(roadGrey(qgis)).isEqualTo(thick);

    Http http = new Http(port);
    for (String bad :
        new String[] {"&FORMAT_OPTIONS=dpi:1000", "&FORMAT_OPTIONS=dpi:abc", "&DPI=10"}) {
      Http.Response r = http.get(roads + bad);
      assertThat(r.status()).as(bad + "\n" + r.body()).isEqualTo(400);
      assertThat(r.body()).contains("InvalidParameterValue").contains("25 to 600");
    }
    assertThat(http.get(roads + "&FORMAT_OPTIONS=dpi:1000").body())
        .contains("locator=\"format_options\"");
  }

  private BufferedImage png(String path) throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
    return ImageIO.read(new ByteArrayInputStream(r.body()));
  }

  /** Pixels of the default road style's grey centre line (0x8C8C8C, within 20). */
  private static long roadGrey(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        java.awt.Color c = new java.awt.Color(img.getRGB(x, y));
        boolean grey = c.getRed() == c.getGreen() && c.getGreen() == c.getBlue();
        n += grey && Math.abs(c.getRed() - 0x8C) < 20 ? 1 : 0;
      }
    }
    return n;
  }
}
