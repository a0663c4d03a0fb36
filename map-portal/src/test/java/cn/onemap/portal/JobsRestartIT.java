package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Jobs are durable on one node with the embedded H2GIS: a finished import's state and report, and
 * the failure of one cut off by {@code kill -9}, are there after a restart; job directories with no
 * job are removed on start (the retention of finished jobs: {@code JobsTest}).
 */
class JobsRestartIT {
  private static final String ADMIN = "admin-password-for-jobs";

  static final String HYDRANTS =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"code":"H1","name":"消防栓一"},"geometry":{"type":"Point","coordinates":[116.11,24.29]}},
       {"type":"Feature","properties":{"code":"H2","name":"消防栓二"},"geometry":{"type":"Point","coordinates":[116.12,24.29]}}
      ]}
      """;

  /** A CSV import that runs for a while (seconds), to be cut off. */
  static byte[] bigCsv(int rows) {
    StringBuilder csv = new StringBuilder(rows * 40).append("code,name,x,y\n");
    for (int i = 0; i < rows; i++) {
      csv.append("P")
          .append(i)
          .append(",测点")
          .append(i)
          .append(',')
          .append(116.0 + (i % 1000) / 5000.0)
          .append(',')
          .append(24.2 + (i / 1000) / 5000.0)
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int starts;

  private static PortalProcess start(Path data, int port) throws Exception {
    return PortalProcess.start(
        "restart-" + ++starts,
        port,
        List.of("-Xmx768m"),
        Map.of(
            "onemap.data-dir",
            data.toString(),
            "onemap.sample-city",
            "none",
            "onemap.security.initial-admin-password",
            ADMIN,
            "onemap.jobs.node-id",
            "restart-node",
            "onemap.jobs.heartbeat",
            "500ms"),
        Map.of(),
        data,
        Duration.ofSeconds(120));
  }

  static Http admin(int port) {
    return new Http(port).basic("admin", ADMIN).header("X-OneMap-Client", "test");
  }

  static JsonNode await(Http http, String path) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode job = http.get(path).json();
      if (job.path("state").asText().matches("SUCCEEDED|FAILED")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(path + " did not finish");
  }

  /** Waits until the import has read rows (it is mid-job). */
  static JsonNode awaitRunning(Http http, String path) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode job = http.get(path).json();
      assertThat(job.path("state").asText()).as(job.toString()).isIn("QUEUED", "RUNNING");
      if (job.path("state").asText().equals("RUNNING")
          && job.at("/progress/rowsRead").asLong() > 0) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(path + " never ran");
  }

  @Test
  void jobsSurviveARestartAndOrphanedDirectoriesAreRemoved() throws Exception {
    Path data = TestDirs.create("jobs-restart");
    int port = PortalProcess.freePort();
    String finishedId;
    String killedId;
    try (PortalProcess first = start(data, port)) {
      Http admin = admin(port);
      Http.Response small =
          admin.upload(
              "/api/layers/hydrants/import?create=true&key=code",
              "hydrants.geojson",
              HYDRANTS.getBytes(StandardCharsets.UTF_8));
      assertThat(small.status()).as(small.body()).isEqualTo(202);
      finishedId = small.json().get("id").asText();
      JsonNode done = await(admin, "/api/jobs/" + finishedId);
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");

      Http.Response big =
          admin.upload("/api/layers/points/import?create=true", "points.csv", bigCsv(1_200_000));
      assertThat(big.status()).as(big.body()).isEqualTo(202);
      killedId = big.json().get("id").asText();
      awaitRunning(admin, "/api/jobs/" + killedId);
      // A few heartbeats write its progress to the table (and H2 writes to disk about once a
      // second, so a kill -9 loses the last second).
      Thread.sleep(3_000);
      assertThat(admin.get("/api/jobs/" + killedId).json().get("state").asText())
          .isEqualTo("RUNNING");
      first.kill();
    }
    Path jobsDir = data.resolve("jobs");
    Path orphan = jobsDir.resolve(UUID.randomUUID().toString());
    Files.createDirectories(orphan);
    Files.writeString(orphan.resolve("input.csv"), "left behind by a crash\n");

    try (PortalProcess second = start(data, port)) {
      Http admin = admin(port);
      JsonNode done = admin.get("/api/jobs/" + finishedId).json();
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
      assertThat(done.at("/report/inserted").asLong()).isEqualTo(2);
      assertThat(done.get("finishedAt").isNull()).isFalse();
      assertThat(admin.get("/api/jobs/" + finishedId + "/qc-report").status()).isEqualTo(200);

      JsonNode killed = admin.get("/api/jobs/" + killedId).json();
      assertThat(killed.get("state").asText()).as(killed.toString()).isEqualTo("FAILED");
      assertThat(killed.at("/error/code").asText()).isEqualTo("NODE_RESTARTED");
      assertThat(killed.at("/error/message").asText()).contains("处理节点");
      assertThat(killed.at("/progress/rowsRead").asLong()).isPositive();
      // Someone else's job is not shown; a cut-off job's files stay for its retention.
      assertThat(new Http(port).get("/api/jobs/" + finishedId).status()).isEqualTo(401);
      assertThat(orphan).doesNotExist();
      assertThat(jobsDir.resolve(killedId)).exists();
    }
  }
}
