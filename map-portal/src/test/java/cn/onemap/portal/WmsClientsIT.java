package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
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

  private record Run(int exit, String output) {}

  private static Run run(String... command) throws Exception {
    // Output goes to a file: a client printing more than a pipe buffer would block otherwise.
    File out = File.createTempFile("wms-client-", ".txt");
    out.deleteOnExit();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out)
            .directory(new File("."))
            .start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    String text = Files.readString(out.toPath(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + text);
    }
    return new Run(p.exitValue(), text);
  }

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
    Run r = run("gdal_translate", "-of", "PNG", "-outsize", "256", "256", url, out.getPath());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(drawnPixels(out)).as(r.output()).isGreaterThan(50);
  }

  @Test
  void owslibListsPublicLayersAndGetsAMap() throws Exception {
    File out = File.createTempFile("owslib-wms-", ".png");
    out.deleteOnExit();
    Run r =
        run(
            "/usr/bin/python3",
            "src/test/resources/clients/owslib_wms.py",
            "http://127.0.0.1:" + port + "/wms?",
            "buildings",
            "116.10",
            "24.27",
            "116.14",
            "24.31",
            out.getPath());
    assertThat(r.exit()).as(r.output()).isZero();
    JsonNode seen =
        new ObjectMapper().readTree(r.output().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(seen.get("layers").toString())
        .contains("\"roads\"")
        .contains("\"buildings\"")
        .contains("\"water\"")
        .doesNotContain("pipe_");
    assertThat(seen.get("title").asText()).isEqualTo("建筑物");
    assertThat(seen.get("wgs84").get(0).asDouble()).isBetween(115.0, 117.0);
    assertThat(seen.get("getmap_url").asText()).contains("24.27");
    assertThat(drawnPixels(out)).as(r.output()).isGreaterThan(50);
  }
}
