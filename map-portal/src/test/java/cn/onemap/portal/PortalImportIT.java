package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Upload imports over real multipart HTTP: jobs, progress, QC report, atomic failure, limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalImportIT {
  static final String ADMIN = "admin-password-for-tests";
  static final Path dataDir = TestDirs.create("portal-import");
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN);
    registry.add("spring.servlet.multipart.max-file-size", () -> "1MB");
    registry.add("spring.servlet.multipart.max-request-size", () -> "1MB");
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  static final String GOOD =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"code":"H1","name":"消防栓一"},"geometry":{"type":"Point","coordinates":[116.11,24.29]}},
       {"type":"Feature","properties":{"code":"H2","name":"消防栓二"},"geometry":{"type":"Point","coordinates":[116.12,24.29]}},
       {"type":"Feature","properties":{"code":"H3","name":"坐标颠倒"},"geometry":{"type":"Point","coordinates":[24.29,116.13]}}
      ]}
      """;

  @Test
  void anUploadBecomesAJobWithReportAndQcFile() throws Exception {
    createHydrants();
    JsonNode job =
        upload("hydrants", "hydrants.geojson", GOOD.getBytes(StandardCharsets.UTF_8), "key=code");
    assertThat(job.get("state").asText()).isIn("QUEUED", "RUNNING", "SUCCEEDED");
    JsonNode done = await(job.get("id").asText());
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.get("report").get("inserted").asLong()).isEqualTo(2);
    assertThat(done.get("report").get("rejected").asLong()).isEqualTo(1);
    assertThat(store.count(FeatureQuery.layer("hydrants").build())).isEqualTo(2);
    assertThat(store.get("hydrants", "H1").orElseThrow().attribute("name")).isEqualTo("消防栓一");

    HttpResponse<String> qc = get(done.get("qcReportUrl").asText());
    assertThat(qc.statusCode()).isEqualTo(200);
    assertThat(qc.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(qc.body()).contains("H3");

    JsonNode again =
        await(
            upload(
                    "hydrants",
                    "hydrants.geojson",
                    GOOD.getBytes(StandardCharsets.UTF_8),
                    "key=code")
                .get("id")
                .asText());
    assertThat(again.get("report").get("unchanged").asLong()).isEqualTo(2);
    assertThat(store.history("hydrants", "H1")).hasSize(1);

    // The import is audited as the admin's edit; the second, which changed nothing, is not.
    JsonNode audited =
        JSON.readTree(get("/api/admin/audit?action=FEATURES_&target=hydrants").body());
    assertThat(audited.size()).as(audited.toString()).isEqualTo(1);
    assertThat(audited.get(0).get("actor").asText()).isEqualTo("admin");
    assertThat(audited.get(0).get("action").asText()).isEqualTo("FEATURES_EDITED");
    assertThat(audited.get(0).get("detail").asText())
        .isEqualTo("inserted 2, updated 0, deleted 0; features H1, H2; reason 导入 hydrants.geojson");
  }

  @Test
  void aBrokenFileFailsTheJobAndWritesNothing() throws Exception {
    createHydrants();
    long before = store.count(FeatureQuery.layer("hydrants").build());
    String broken = GOOD.substring(0, GOOD.length() / 2);
    JsonNode done =
        await(
            upload("hydrants", "broken.geojson", broken.getBytes(StandardCharsets.UTF_8), "")
                .get("id")
                .asText());
    assertThat(done.get("state").asText()).isEqualTo("FAILED");
    assertThat(done.get("error").get("code").asText()).isNotBlank();
    assertThat(store.count(FeatureQuery.layer("hydrants").build())).isEqualTo(before);
  }

  @Test
  void badUploadsAreRefusedUpFront() throws Exception {
    createHydrants();
    assertThat(uploadResponse("hydrants", "x.exe", new byte[] {1, 2}, "", true).statusCode())
        .isEqualTo(400);
    assertThat(
            uploadResponse(
                    "no_such_layer", "a.geojson", GOOD.getBytes(StandardCharsets.UTF_8), "", true)
                .statusCode())
        .isEqualTo(404);
    assertThat(uploadResponse("hydrants", "big.geojson", new byte[2 << 20], "", true).statusCode())
        .isEqualTo(413);
    assertThat(
            uploadResponse(
                    "hydrants", "a.geojson", GOOD.getBytes(StandardCharsets.UTF_8), "", false)
                .statusCode())
        .isEqualTo(401);
    assertThat(get("/api/jobs/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void zipBombsAndDuplicateNamesAreRefusedAsJsonAndLeaveNoJob() throws Exception {
    createHydrants();
    // 64 MiB of spaces deflate to ~64 KB: far beyond the 200:1 ratio.
    HttpResponse<String> bomb =
        uploadResponse("hydrants", "bomb.zip", zip("a.geojson", 64 << 20), "", true);
    assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(400);
    assertThat(JSON.readTree(bomb.body()).get("error").asText()).isEqualTo("ZIP_REFUSED");

    HttpResponse<String> twice =
        uploadResponse(
            "hydrants", "twice.zip", zip("a/x.geojson", 10, "b/x.geojson", 10), "", true);
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(twice.body());
    assertThat(error.get("error").asText()).isEqualTo("BAD_REQUEST");
    assertThat(error.get("message").asText()).contains("x.geojson");
    try (var left = java.nio.file.Files.walk(dataDir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .doesNotContain("a.geojson", "x.geojson");
    }
  }

  /** Entries (name, size in bytes of spaces) in order. */
  private static byte[] zip(Object... nameAndSize) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < nameAndSize.length; i += 2) {
        zip.putNextEntry(new java.util.zip.ZipEntry((String) nameAndSize[i]));
        for (int left = (Integer) nameAndSize[i + 1]; left > 0; left -= chunk.length) {
          zip.write(chunk, 0, Math.min(left, chunk.length));
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private void createHydrants() {
    if (store.layer("hydrants").isEmpty()) {
      store.createLayer(
          LayerDefinition.of(
                  "hydrants",
                  "消防栓",
                  LayerKind.CITY_PART,
                  GeometryType.POINT,
                  List.of(
                      AttributeDefinition.required("code", AttributeType.STRING, "编号"),
                      AttributeDefinition.optional("name", AttributeType.STRING, "名称")))
              .withAccessLevel(AccessLevel.INTERNAL));
    }
  }

  private JsonNode await(String jobId) throws Exception {
    for (int i = 0; i < 200; i++) {
      JsonNode job = JSON.readTree(get("/api/jobs/" + jobId).body());
      if (job.get("state").asText().matches("SUCCEEDED|FAILED")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + jobId + " did not finish");
  }

  private JsonNode upload(String layer, String name, byte[] content, String query)
      throws Exception {
    HttpResponse<String> r = uploadResponse(layer, name, content, query, true);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> uploadResponse(
      String layer, String name, byte[] content, String query, boolean auth)
      throws IOException, InterruptedException {
    String boundary = "----onemap" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest.Builder r =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + "/api/layers/" + layer + "/import?" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (auth) {
      r.header("Authorization", basic());
    }
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder().encodeToString(("admin:" + ADMIN).getBytes(StandardCharsets.UTF_8));
  }
}
