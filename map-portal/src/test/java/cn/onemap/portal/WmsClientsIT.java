package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real WMS clients from Debian against the running portal on the small sample city: GDAL's WMS
 * driver (gdal_translate of a GetMap URL, EPSG:4490 box latitude first) and OWSLib's {@code
 * WebMapService} 1.3.0 (capabilities and GetMap). Images are decoded in Java (no PIL here).
 */
class WmsClientsIT extends SampleCityTestBase {
  @LocalServerPort int port;

  private static long drawnPixels(File png) throws Exception {
    BufferedImage img = ImageIO.read(png);
    assertThat(img).as("decodable PNG " + png).isNotNull();
    long drawn = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        boolean transparent = (argb >>> 24) == 0;
        boolean white = (argb & 0xFFFFFF) == 0xFFFFFF;
        drawn += transparent || white ? 0 : 1;
      }
    }
    return drawn;
  }

  @Test
  void gdalTranslatesAGetMapInEpsg4490() throws Exception {
    File out = File.createTempFile("gdal-wms-", ".png");
    out.deleteOnExit();
    String url =
        "WMS:http://127.0.0.1:"
            + port
            + "/ows?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=buildings&CRS=EPSG:4490"
            + "&BBOX=24.27,116.10,24.31,116.14&FORMAT=image/png";
    ClientRun r =
        ClientRun.of("gdal_translate", "-of", "PNG", "-outsize", "256", "256", url, out.getPath());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(drawnPixels(out)).as(r.output()).isGreaterThan(50);
  }

  @Test
  void owslibListsPublicLayersAndGetsAMap() throws Exception {
    File out = File.createTempFile("owslib-wms-", ".png");
    out.deleteOnExit();
    ClientRun r =
        ClientRun.of(
            "/usr/bin/python3",
            "src/test/resources/clients/owslib_wms.py",
            "http://127.0.0.1:" + port + "/wms?",
            "buildings",
            "116.10",
            "24.27",
            "116.14",
            "24.31",
            out.getPath(),
            "outline_red");
    assertThat(r.exit()).as(r.output()).isZero();
    JsonNode seen = r.lastJsonLine();
    assertThat(seen.get("layers").toString())
        .contains("\"roads\"")
        .contains("\"buildings\"")
        .contains("\"water\"")
        .doesNotContain("pipe_");
    assertThat(seen.get("title").asText()).isEqualTo("建筑物");
    assertThat(seen.get("wgs84").get(0).asDouble()).isBetween(115.0, 117.0);
    assertThat(seen.get("getmap_url").asText()).contains("24.27");
    assertThat(drawnPixels(out)).as(r.output()).isGreaterThan(50);
    // The named style of the styles directory: advertised with a legend, drawn red.
    assertThat(seen.at("/styles/outline_red/title").asText()).isEqualTo("红色轮廓");
    assertThat(seen.at("/styles/outline_red/legend").asText()).contains("STYLE=outline_red");
    assertThat(seen.at("/styles/default/legend").asText()).contains("STYLE=default");
    assertThat(seen.get("styled_url").asText()).contains("outline_red");
    assertThat(redPixels(new File(out.getPath() + ".outline_red.png"))).isGreaterThan(50);
    assertThat(redPixels(out)).isZero();
  }

  private static long redPixels(File png) throws Exception {
    BufferedImage img = ImageIO.read(png);
    assertThat(img).as("decodable PNG " + png).isNotNull();
    long red = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        red += (argb >>> 24) > 100 && r > 120 && g < 80 && b < 80 ? 1 : 0;
      }
    }
    return red;
  }

  @Test
  void xmlGetMapByPostDrawsTheSameMap() throws Exception {
    String xml =
        "<GetMap xmlns=\"http://www.opengis.net/sld\" xmlns:gml=\"http://www.opengis.net/gml\""
            + " version=\"1.2.0\" service=\"WMS\"><StyledLayerDescriptor version=\"1.0.0\">"
            + "<NamedLayer><Name>buildings</Name><NamedStyle><Name>outline_red</Name></NamedStyle>"
            + "</NamedLayer></StyledLayerDescriptor>"
            + "<BoundingBox srsName=\"EPSG:4490\"><gml:coord><gml:X>116.10</gml:X><gml:Y>24.27"
            + "</gml:Y></gml:coord><gml:coord><gml:X>116.14</gml:X><gml:Y>24.31</gml:Y></gml:coord>"
            + "</BoundingBox><Output><Format>image/png</Format><Transparent>true</Transparent>"
            + "<Size><Width>256</Width><Height>256</Height></Size></Output></GetMap>";
    var client = java.net.http.HttpClient.newHttpClient();
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/wms"))
                .header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    File png = File.createTempFile("wms-post-", ".png");
    png.deleteOnExit();
    Files.write(png.toPath(), response.body());
    assertThat(redPixels(png)).isGreaterThan(50);
  }

  @Test
  void remoteSldIsRefusedWithoutAnAllowListAndTimeListsAreInvalid() {
    Http anonymous = new Http(port);
    Http.Response sld =
        anonymous.get(
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=buildings&CRS=EPSG:4490"
                + "&BBOX=24.27,116.10,24.31,116.14&WIDTH=64&HEIGHT=64&FORMAT=image/png&SLD="
                + Http.q("http://169.254.169.254/latest/meta-data/style.sld"));
    assertThat(sld.status()).isEqualTo(400);
    assertThat(sld.body())
        .contains("ServiceExceptionReport")
        .contains("code=\"InvalidParameterValue\"")
        .contains("not on the SLD allow-list");
    Http.Response list =
        anonymous.get(
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=buildings&CRS=EPSG:4490"
                + "&BBOX=24.27,116.10,24.31,116.14&WIDTH=64&HEIGHT=64&FORMAT=image/png"
                + "&TIME=2024-01-01,2025-01-01");
    assertThat(list.body()).contains("code=\"InvalidDimensionValue\"");
  }
}
