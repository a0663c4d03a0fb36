package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * POST /api/print over HTTP: the PDF read back with PDFBox (title, paper, the map image with the
 * layer drawn), the PNG's size in pixels, A3 at 300 dpi as a job, bad input as 4xx JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalPrintIT {
  static final String ADMIN = "admin-password-for-tests";
  static final Path dataDir = TestDirs.create("portal-print");
  static final ObjectMapper JSON = new ObjectMapper();
  static final String BBOX = "[116.09, 24.29, 116.13, 24.31]";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN);
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  @BeforeEach
  void layer() {
    if (store.layer("print_roads").isPresent()) {
      return;
    }
    store.createLayer(
        LayerDefinition.of(
                "print_roads",
                "规划道路",
                LayerKind.THEMATIC,
                GeometryType.LINESTRING,
                List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")))
            .withAccessLevel(AccessLevel.PUBLIC));
    var edits = new ArrayList<FeatureEdit>();
    for (int i = 0; i < 20; i++) {
      double y = 24.29 + i * 0.001;
      edits.add(
          FeatureEdit.insert(
              "r" + i,
              cn.onemap.core.testing.Wkt.read("LINESTRING (116.09 " + y + ", 116.13 " + y + ")"),
              Map.of("name", "道路" + i)));
    }
    store.apply("print_roads", edits, EditContext.by("setup"));
  }

  static String body(String paper, String orientation, int dpi, String format) {
    return body(paper, orientation, dpi, format, null);
  }

  static String body(String paper, String orientation, int dpi, String format, String asOf) {
    return """
        {"title":"江南片区规划道路图","layers":[{"id":"print_roads","opacity":0.8}],"basemap":true,
         "bbox":%s,"crs":"EPSG:4490","asOf":%s,"paper":"%s","orientation":"%s",
         "dpi":%d,"format":"%s"}
        """
        .formatted(
            BBOX, asOf == null ? "null" : "\"" + asOf + "\"", paper, orientation, dpi, format);
  }

  @Test
  void aPdfHasTheTitleThePaperAndTheDrawnMap() throws Exception {
    HttpResponse<byte[]> r = post("/api/print", body("A4", "landscape", 150, "pdf"), true);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains("filename*=UTF-8''");
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      PDPage page = doc.getPage(0);
      // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt
      assertThat(page.getMediaBox().getWidth()).isBetween(841f, 843f);
      assertThat(page.getMediaBox().getHeight()).isBetween(594.5f, 596f);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("江南片区规划道路图")
          .contains("规划道路")
          .contains("比例尺 1:")
          .contains("现势")
          .contains("梅州市时空信息云平台");
      // the roads are drawn: many pixels of the map picture are not white
      assertThat(inked(largestImage(page))).isGreaterThan(500);
    }
  }

  /** Sampled pixels that are not white. */
  static long inked(BufferedImage map) {
    long inked = 0;
    for (int y = 0; y < map.getHeight(); y += 2) {
      for (int x = 0; x < map.getWidth(); x += 2) {
        if ((map.getRGB(x, y) & 0xffffff) != 0xffffff) {
          inked++;
        }
      }
    }
    return inked;
  }

  @Test
  void aPngIsThePaperAtTheDpiAndShowsTheAsOfState() throws Exception {
    HttpResponse<byte[]> now = post("/api/print", body("A4", "portrait", 150, "png"), true);
    assertThat(now.statusCode()).isEqualTo(200);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(now.body()));
    assertThat(img.getWidth()).isEqualTo(1240);
    assertThat(img.getHeight()).isEqualTo(1754);
    // The roads were loaded today: as of 2025 the map frame is empty.
    HttpResponse<byte[]> before =
        post("/api/print", body("A4", "portrait", 150, "png", "2025-01-01"), true);
    assertThat(before.statusCode()).isEqualTo(200);
    BufferedImage then = ImageIO.read(new ByteArrayInputStream(before.body()));
    // the map frame's inside, clear of its border: from 15 mm to 185 mm across, 30 to 180 mm down
    int x = px(15);
    int y = px(30);
    int w = px(170);
    int h = px(150);
    assertThat(inked(img.getSubimage(x, y, w, h))).isGreaterThan(500);
    assertThat(inked(then.getSubimage(x, y, w, h))).isZero();
    // 影像: the base map's dark ground under the layers
    String imagery =
        body("A4", "portrait", 150, "png")
            .replace("\"basemap\":true", "\"basemap\":true,\"basemapStyle\":\"imagery\"");
    BufferedImage dark =
        ImageIO.read(new ByteArrayInputStream(post("/api/print", imagery, true).body()));
    assertThat(dark.getRGB(px(20), px(200)) & 0xffffff).isEqualTo(0x2e3a2c);
  }

  /** Millimetres of a 150-dpi page in pixels. */
  static int px(double mm) {
    return (int) Math.round(mm * 150 / 25.4);
  }

  @Test
  void a3At300DpiIsAJobWithProgressAndAFile() throws Exception {
    HttpResponse<byte[]> r = post("/api/print", body("A3", "landscape", 300, "pdf"), true);
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode job = JSON.readTree(r.body());
    String id = job.get("id").asText();
    for (int i = 0; i < 600 && !job.get("state").asText().matches("SUCCEEDED|FAILED"); i++) {
      Thread.sleep(100);
      job = JSON.readTree(get("/api/print/jobs/" + id).body());
    }
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.get("fraction").asDouble()).isEqualTo(1.0);
    HttpResponse<byte[]> file = get(job.get("fileUrl").asText());
    assertThat(file.statusCode()).isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(file.body())) {
      // A3 landscape: 420 × 297 mm
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(1190f, 1191f);
      assertThat(new PDFTextStripper().getText(doc)).contains("江南片区规划道路图");
    }
  }

  @Test
  void badInputIsA4xxNamingTheField() throws Exception {
    HttpResponse<byte[]> dpi = post("/api/print", body("A4", "landscape", 600, "pdf"), true);
    assertThat(dpi.statusCode()).isEqualTo(400);
    JsonNode error = JSON.readTree(dpi.body());
    assertThat(error.get("error").asText()).isEqualTo("INVALID_PRINT");
    assertThat(error.get("details").get("field").asText()).isEqualTo("dpi");
    assertThat(post("/api/print", body("B5", "landscape", 150, "pdf"), true).statusCode())
        .isEqualTo(400);
    String satellite =
        body("A4", "landscape", 150, "pdf")
            .replace("\"basemap\":true", "\"basemap\":true,\"basemapStyle\":\"satellite\"");
    assertThat(post("/api/print", satellite, true).statusCode()).isEqualTo(400);
    String unknown = body("A4", "landscape", 150, "pdf").replace("print_roads", "no_such");
    assertThat(post("/api/print", unknown, true).statusCode()).isEqualTo(404);
    assertThat(post("/api/print", "{\"title\":\"x\"}", true).statusCode()).isEqualTo(400);
    assertThat(post("/api/print", body("A4", "landscape", 150, "pdf"), false).statusCode())
        .isEqualTo(401);
    assertThat(get("/api/print/jobs/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/print/jobs/x/file"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(404);
  }

  private static BufferedImage largestImage(PDPage page) throws Exception {
    BufferedImage best = null;
    for (var name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject img
          && (best == null || img.getWidth() > best.getWidth())) {
        best = img.getImage();
      }
    }
    assertThat(best).as("an image on the page").isNotNull();
    return best;
  }

  private HttpResponse<byte[]> post(String path, String json, boolean auth) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (auth) {
      r.header("Authorization", basic());
    }
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder().encodeToString(("admin:" + ADMIN).getBytes(StandardCharsets.UTF_8));
  }
}
