package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.csv.CsvReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Batch geocoding and the review queue over real HTTP on the small sample city's bureau files (as
 * the portal wrote them on first start): round trip with accuracy against the answer files, GBK
 * detection, refusals, cancellation, review confirm/correct teaching aliases, and the import hook.
 */
class GeocodeBatchIT extends SampleCityTestBase {
  @LocalServerPort int port;
  @Autowired FeatureStore store;

  Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  static List<List<String>> csv(String text) throws IOException {
    var rows = new ArrayList<List<String>>();
    try (CsvReader r = new CsvReader(new StringReader(text), ',')) {
      for (Optional<List<String>> row = r.next(); row.isPresent(); row = r.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  static Map<String, Map<String, String>> answers(String bureau) throws IOException {
    List<List<String>> rows =
        csv(Files.readString(bureauFile(bureau + ".answers.csv"), StandardCharsets.UTF_8));
    var byId = new LinkedHashMap<String, Map<String, String>>();
    List<String> header = rows.get(0);
    for (List<String> row : rows.subList(1, rows.size())) {
      var m = new HashMap<String, String>();
      for (int k = 0; k < header.size(); k++) {
        m.put(header.get(k), k < row.size() ? row.get(k) : "");
      }
      byId.put(row.get(0), m);
    }
    return byId;
  }

  static Path bureauFile(String name) {
    return dataDir.resolve("bureau-records").resolve(name);
  }

  JsonNode awaitJob(Http http, String path, String... states) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode job = http.get(path).json();
      for (String s : states) {
        if (job.get("state").asText().equals(s)) {
          return job;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + path + " did not reach " + List.of(states));
  }

  @Test
  void aBureauFileRoundTripsWithItsReport() throws Exception {
    Http admin = admin();
    byte[] file = Files.readAllBytes(bureauFile("gongan_huji.csv"));
    Http.Response started =
        admin.upload("/api/geocode/batch?column=" + Http.q("户籍地址"), "gongan_huji.csv", file);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    assertThat(started.header("Location")).isEqualTo("/api/geocode/batch/" + id);
    assertThat(started.json().get("encoding").asText()).isEqualTo("UTF-8");

    JsonNode job = awaitJob(admin, "/api/geocode/batch/" + id, "SUCCEEDED", "FAILED");
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.at("/progress/fraction").asDouble()).isEqualTo(1.0);
    assertThat(job.at("/progress/totalRows").asLong()).isEqualTo(150);
    JsonNode report = job.get("report");
    assertThat(report.get("rows").asLong()).isEqualTo(150);
    long byStatus = 0;
    for (JsonNode n : report.get("byStatus")) {
      byStatus += n.asLong();
    }
    assertThat(byStatus).isEqualTo(150);
    assertThat(report.get("matchRate").asDouble()).isGreaterThan(0.5);
    assertThat(report.at("/byStatus/out_of_area").asLong()).isPositive();

    Http.Response result = admin.get("/api/geocode/batch/" + id + "/result");
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.contentType()).startsWith("text/csv");
    assertThat(result.header("Content-Disposition")).contains("gongan_huji.geocoded.csv");
    List<List<String>> rows = csv(result.body());
    List<String> header = rows.get(0);
    assertThat(header)
        .startsWith("记录编号", "姓名", "证件号码", "户籍地址", "登记日期")
        .contains("match_code", "match_address", "match_x", "match_y", "match_level")
        .contains("match_confidence", "match_status");
    assertThat(rows).hasSize(151);
    int code = header.indexOf("match_code");
    Map<String, Map<String, String>> answers = answers("gongan_huji");
    int withAnswer = 0;
    int right = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      String expected = answers.get(row.get(0)).get("address_code");
      if (!expected.isEmpty()) {
        withAnswer++;
        if (expected.equals(row.get(code))) {
          right++;
        }
      }
    }
    assertThat(withAnswer).isGreaterThan(100);
    assertThat(right / (double) withAnswer).as(right + " of " + withAnswer).isGreaterThan(0.9);
  }

  @Test
  void aGbkFileIsDetected() throws Exception {
    Http admin = admin();
    byte[] file = Files.readAllBytes(bureauFile("shichang_zhuti.csv"));
    Http.Response started =
        admin.upload("/api/geocode/batch?column=" + Http.q("经营场所"), "市场主体.csv", file);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().get("encoding").asText()).isEqualTo("GBK");
    String id = started.json().get("id").asText();
    JsonNode job = awaitJob(admin, "/api/geocode/batch/" + id, "SUCCEEDED", "FAILED");
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    String result = admin.get("/api/geocode/batch/" + id + "/result").body();
    assertThat(result).contains("经营场所").contains("梅州市");
    assertThat(job.at("/report/matchRate").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void batchesAreRefusedWithoutCredentialsOrWithBadInput() throws Exception {
    byte[] file = Files.readAllBytes(bureauFile("gongan_huji.csv"));
    Http anonymous = new Http(port);
    GeocodeApiIT.expectError(
        anonymous.upload("/api/geocode/batch?column=" + Http.q("户籍地址"), "a.csv", file),
        401,
        "UNAUTHENTICATED");
    GeocodeApiIT.expectError(anonymous.get("/api/geocode/review"), 401, "UNAUTHENTICATED");

    Http admin = admin();
    Http.Response wrong =
        admin.upload("/api/geocode/batch?column=" + Http.q("地址"), "gongan_huji.csv", file);
    GeocodeApiIT.expectError(wrong, 400, "UNKNOWN_COLUMN");
    assertThat(wrong.json().at("/details/columns").toString()).contains("户籍地址");
    GeocodeApiIT.expectError(
        admin.upload("/api/geocode/batch?column=a", "empty.csv", new byte[0]), 400, "BAD_REQUEST");
    GeocodeApiIT.expectError(
        admin.upload("/api/geocode/batch?column=a", "map.png", file), 400, "BAD_REQUEST");
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    GeocodeApiIT.expectError(
        admin.upload("/api/geocode/batch?column=" + Http.q("户籍地址"), "b.csv", binary),
        400,
        "UNKNOWN_COLUMN");
    GeocodeApiIT.expectError(
        admin.upload("/api/geocode/batch?column=a&encoding=KLINGON-8", "a.csv", file),
        400,
        "BAD_REQUEST");
    GeocodeApiIT.expectError(admin.upload("/api/geocode/batch", "a.csv", file), 400, "BAD_REQUEST");
    GeocodeApiIT.expectError(admin.get("/api/geocode/batch/nope"), 404, "JOB_NOT_FOUND");
  }

  @Test
  void aRunningBatchCanBeCancelled() throws Exception {
    List<String> lines = Files.readAllLines(bureauFile("gongan_huji.csv"), StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder(lines.get(0)).append('\n');
    for (int k = 0; k < 2000; k++) {
      for (String line : lines.subList(1, lines.size())) {
        big.append(line).append('\n');
      }
    }
    Http admin = admin();
    Http.Response started =
        admin.upload(
            "/api/geocode/batch?column=" + Http.q("户籍地址"),
            "big.csv",
            big.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    assertThat(started.json().at("/progress/totalRows").asLong()).isEqualTo(300_000);
    JsonNode cancelled = admin.delete("/api/geocode/batch/" + id).json();
    assertThat(cancelled.get("id").asText()).isEqualTo(id);
    JsonNode job = awaitJob(admin, "/api/geocode/batch/" + id, "SUCCEEDED", "FAILED");
    assertThat(job.get("state").asText()).isEqualTo("FAILED");
    assertThat(job.at("/error/code").asText()).isEqualTo("BATCH_CANCELLED");
    assertThat(job.at("/progress/rows").asLong()).isLessThan(300_000);
    GeocodeApiIT.expectError(
        admin.get("/api/geocode/batch/" + id + "/result"), 409, "RESULT_NOT_READY");
  }

  /** A door-plate address of the city with its code. */
  Feature door(String ecql) {
    try (FeatureCursor c =
        store.query(
            FeatureQuery.layer("addresses")
                .bbox(116.10, 24.27, 116.14, 24.31)
                .ecql(ecql)
                .limit(1)
                .build())) {
      return c.next();
    }
  }

  @Test
  void reviewCorrectionsAreLearnedAsAliases() throws Exception {
    // Texts the engine cannot be sure of: a door plate on a street name with two characters
    // changed, and landmarks without a door.
    Feature a = door("level = '门牌' AND door_no > 10");
    Feature b = door("level = '门牌' AND door_no > 30");
    String street = a.attributes().get("street").toString();
    String vague = "梅州" + street.charAt(0) + "某某" + a.attributes().get("door_no") + "号";
    String csv =
        "编号,地址\n"
            + "R1,"
            + vague
            + "\nR2,"
            + b.attributes().get("street")
            + "附近\nR3,梅州市"
            + b.attributes().get("town")
            + "某处\n";
    Http admin = admin();
    Http.Response started =
        admin.upload(
            "/api/geocode/batch?column=" + Http.q("地址"),
            "review.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    JsonNode job = awaitJob(admin, "/api/geocode/batch/" + id, "SUCCEEDED", "FAILED");
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");

    JsonNode page = admin.get("/api/geocode/review?source=" + id).json();
    assertThat(page.get("total").asLong())
        .as(page.toString() + " " + job)
        .isEqualTo(job.at("/report/queuedForReview").asLong())
        .isPositive();
    JsonNode item = page.get("items").get(0);
    assertThat(item.get("status").asText()).isEqualTo("pending");
    assertThat(item.get("source").asText()).isEqualTo(id);
    long itemId = item.get("id").asLong();
    String query = item.get("query").asText();

    // Viewers may neither read nor resolve the queue.
    admin.postJson(
        "/api/admin/users",
        "{\"username\":\"reviewer-viewer\",\"password\":\"viewer-password\",\"displayName\":\"查看员\","
            + "\"department\":\"民政局\",\"roles\":[\"VIEWER\"]}");
    Http viewer = new Http(port).basic("reviewer-viewer", "viewer-password");
    GeocodeApiIT.expectError(viewer.get("/api/geocode/review"), 403, "FORBIDDEN");
    GeocodeApiIT.expectError(
        viewer.postJson("/api/geocode/review/" + itemId + "/confirm", "{}"), 403, "FORBIDDEN");

    // A code that names nothing is refused; the right address is learned.
    GeocodeApiIT.expectError(
        admin.postJson(
            "/api/geocode/review/" + itemId + "/correct", "{\"code\":\"99999999999999999999\"}"),
        400,
        "UNKNOWN_ADDRESS_CODE");
    String chosen = b.id();
    JsonNode unsure = admin.get("/api/geocode?q=" + Http.q(query)).json().at("/candidates/0");
    assertThat(unsure.path("code").asText()).isNotEqualTo(chosen);
    JsonNode corrected =
        admin
            .postJson("/api/geocode/review/" + itemId + "/correct", "{\"code\":\"" + chosen + "\"}")
            .json();
    assertThat(corrected.get("status").asText()).isEqualTo("corrected");
    assertThat(corrected.get("resolvedCode").asText()).isEqualTo(chosen);
    assertThat(corrected.get("reviewer").asText()).contains("admin");
    GeocodeApiIT.expectError(
        admin.postJson("/api/geocode/review/" + itemId + "/confirm", "{}"),
        409,
        "REVIEW_ITEM_CLOSED");
    GeocodeApiIT.expectError(
        admin.postJson("/api/geocode/review/123456789/confirm", "{}"),
        404,
        "REVIEW_ITEM_NOT_FOUND");

    JsonNode learned = admin.get("/api/geocode?q=" + Http.q(query)).json().at("/candidates/0");
    assertThat(learned.get("code").asText()).isEqualTo(chosen);
    assertThat(learned.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
    Point p = (Point) b.geometry().orElseThrow();
    assertThat(learned.get("x").asDouble()).isCloseTo(p.getX(), within(1e-7));
    assertThat(learned.get("notes").toString()).contains("别名"); // matched by a confirmed alias
    assertThat(admin.get("/api/geocode/engine").json().get("aliases").asInt()).isPositive();

    // Confirming a proposed door plate of a bureau record teaches it too.
    Http.Response bureau =
        admin.upload(
            "/api/geocode/batch?column=" + Http.q("居住地址"),
            "minzheng_jiuzhu.csv",
            Files.readAllBytes(bureauFile("minzheng_jiuzhu.csv")));
    String bureauJob = bureau.json().get("id").asText();
    awaitJob(admin, "/api/geocode/batch/" + bureauJob, "SUCCEEDED", "FAILED");
    JsonNode pending =
        admin.get("/api/geocode/review?limit=500&source=" + bureauJob).json().get("items");
    JsonNode other = null;
    for (JsonNode i : pending) {
      if (other == null && i.path("proposedCode").asText().length() == 20) { // door or finer
        other = i;
      }
    }
    assertThat(other).as("a pending item proposing an address: " + pending).isNotNull();
    JsonNode confirmed =
        admin.postJson("/api/geocode/review/" + other.get("id").asLong() + "/confirm", "").json();
    assertThat(confirmed.get("status").asText()).isEqualTo("confirmed");
    JsonNode again =
        admin
            .get("/api/geocode?q=" + Http.q(other.get("query").asText()))
            .json()
            .at("/candidates/0");
    assertThat(again.get("code").asText()).isEqualTo(other.get("proposedCode").asText());
    assertThat(again.get("notes").toString()).as(again + " for " + other).contains("别名");

    JsonNode resolved = admin.get("/api/geocode/review?status=corrected&source=" + id).json();
    assertThat(resolved.get("items").findValuesAsText("id")).contains(Long.toString(itemId));
  }

  @Test
  void importsLocateRowsByAddressAndNewAddressesReachTheEngine() throws Exception {
    Http admin = admin();
    Feature d = door("level = '门牌'");
    Point p = (Point) d.geometry().orElseThrow();
    String text = d.attributes().get("full_address").toString();
    String csv = "名称,地址\n测试网点," + text + "\n";
    Http.Response started =
        admin.upload(
            "/api/layers/geocoded_points/import?create=true&crs=EPSG:4490&address=" + Http.q("地址"),
            "points.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode job =
        awaitJob(admin, "/api/jobs/" + started.json().get("id").asText(), "SUCCEEDED", "FAILED");
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.at("/report/inserted").asLong()).isEqualTo(1);
    JsonNode feature =
        admin.get("/api/layers/geocoded_points/features").json().at("/features/0/geometry");
    assertThat(feature.at("/coordinates/0").asDouble()).isCloseTo(p.getX(), within(1e-6));
    assertThat(feature.at("/coordinates/1").asDouble()).isCloseTo(p.getY(), within(1e-6));

    // A new door plate imported into the address layer: the engine is rebuilt and finds it.
    int doorNo = 901;
    Map<String, Object> attrs = new LinkedHashMap<>(d.attributes());
    String newCode = d.id().substring(0, 16) + "9901";
    String newText = text.replaceFirst("\\d+号$", doorNo + "号");
    assertThat(newText).isNotEqualTo(text);
    attrs.put("code", newCode);
    attrs.put("door_no", doorNo);
    attrs.put("full_address", newText);
    long before = admin.get("/api/geocode/engine").json().get("builds").asLong();
    StringBuilder row = new StringBuilder();
    StringBuilder head = new StringBuilder();
    for (var e : attrs.entrySet()) {
      head.append(e.getKey()).append(',');
      row.append(e.getValue() == null ? "" : e.getValue()).append(',');
    }
    head.append("x,y\n");
    row.append(p.getX() + 0.0001).append(',').append(p.getY()).append('\n');
    Http.Response imported =
        admin.upload(
            "/api/layers/addresses/import?crs=EPSG:4490&key=code",
            "new-door.csv",
            (head.toString() + row).getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).as(imported.body()).isEqualTo(202);
    JsonNode importJob =
        awaitJob(admin, "/api/jobs/" + imported.json().get("id").asText(), "SUCCEEDED", "FAILED");
    assertThat(importJob.get("state").asText()).as(importJob.toString()).isEqualTo("SUCCEEDED");
    // A rebuild already running when the import committed may finish without the new door; the
    // change check then rebuilds again, so wait for a build that holds it.
    JsonNode engine = null;
    JsonNode best = null;
    for (int i = 0; i < 300; i++) {
      engine = admin.get("/api/geocode/engine").json();
      if (engine.get("builds").asLong() > before) {
        best = admin.get("/api/geocode?q=" + Http.q(newText)).json().at("/candidates/0");
        if (newCode.equals(best.path("code").asText())) {
          break;
        }
      }
      Thread.sleep(200);
    }
    assertThat(engine.get("builds").asLong()).as(engine.toString()).isGreaterThan(before);
    assertThat(best.get("code").asText()).isEqualTo(newCode);
    assertThat(best.get("interpolated").asBoolean()).isFalse();
    assertThat(best.get("x").asDouble()).isCloseTo(p.getX() + 0.0001, within(1e-7));
  }
}
