package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.StoreFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes (separate {@code java} processes of the built jar) on one PostGIS schema of
 * their own, behind Debian's nginx on loopback, with one shared job directory: a session made on
 * node A works on node B and through the balancer; an import started on A is followed and cancelled
 * on B; an address added through B is found by geocoding on A within seconds; a named style saved
 * and made the default on A is offered, drawn and the default on B within seconds; and when A is
 * killed mid-import, B reports the job failed.
 */
class ScaleOutIT {
  private static final String ADMIN = "admin-password-for-scale-out";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoNodesBehindNginxShareSessionsJobsAndTheAddressEngine() throws Exception {
    String schema = "scaleout_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String postgis = StoreFixture.postgisUrl();
    try (Connection c = DriverManager.getConnection(postgis, "postgres", "")) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    Path root = TestDirs.create("scale-out");
    Map<String, String> common = new HashMap<>();
    common.put("onemap.store", "postgis");
    common.put(
        "onemap.postgis.url",
        postgis + (postgis.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
    common.put("onemap.postgis.user", "postgres");
    common.put("onemap.sample-city", "small");
    common.put("onemap.security.initial-admin-password", ADMIN);
    common.put("onemap.jobs.dir", root.resolve("shared-jobs").toString());
    common.put("onemap.jobs.heartbeat", "1s");
    common.put("onemap.jobs.stale-after", "5s");
    common.put("onemap.geocode.refresh-check", "1s");
    common.put("onemap.proxy.trusted", "127.0.0.1");
    int portA = PortalProcess.freePort();
    int portB = PortalProcess.freePort();
    // A first: it generates the sample city into the empty schema; B finds it there.
    PortalProcess a = node("node-a", portA, common, root, Duration.ofMinutes(5));
    try (PortalProcess b = node("node-b", portB, common, root, Duration.ofMinutes(2));
        Nginx nginx =
            Nginx.start(PortalProcess.freePort(), List.of(portA, portB), root.resolve("nginx"))) {
      Http onA = new Http(portA).header("X-OneMap-Client", "test");
      String cookie = signIn(onA);
      Http onB = new Http(portB).header("X-OneMap-Client", "test").header("Cookie", cookie);
      Http balanced =
          new Http(nginx.port()).header("X-OneMap-Client", "test").header("Cookie", cookie);

      // 1. One session for every node.
      assertThat(onB.get("/api/me").json().get("name").asText()).isEqualTo("admin");
      for (int i = 0; i < 6; i++) {
        JsonNode me = balanced.get("/api/me").json();
        assertThat(me.get("authenticated").asBoolean()).as(me.toString()).isTrue();
      }
      assertThat(new Http(nginx.port()).get("/api/me").json().get("authenticated").asBoolean())
          .isFalse();
      // The balancer's address is the one in the links the services build.
      assertThat(balanced.get("/ogcapi?f=json").body())
          .contains("http://127.0.0.1:" + nginx.port() + "/ogcapi");

      // 2. An address added through B is found by geocoding on A.
      addressEditThroughBIsGeocodedOnA(onA, onB);

      // 2b. A style saved on A and made the default there is offered and drawn by B.
      styleSavedOnAIsDrawnByB(onA, onB);

      // 3. An import started on A is followed on B and cancelled from B.
      String cancelled = startBigImport(onA, "points_cancelled");
      JsonNode seen = awaitRunning(onB, cancelled);
      JsonNode later = awaitProgress(onB, cancelled, seen.at("/progress/rowsRead").asLong());
      assertThat(later.get("owner").asText()).isEqualTo("admin");
      assertThat(onB.delete("/api/jobs/" + cancelled).status()).isEqualTo(200);
      JsonNode stopped = awaitEnd(onB, cancelled, Duration.ofSeconds(60));
      assertThat(stopped.at("/error/code").asText())
          .as(stopped.toString())
          .isEqualTo("IMPORT_CANCELLED");

      // 4. Node A dies mid-import: B reports the job failed.
      String orphaned = startBigImport(onA, "points_killed");
      awaitRunning(onB, orphaned);
      a.kill();
      long killedAt = System.nanoTime();
      JsonNode failed = awaitEnd(onB, orphaned, Duration.ofSeconds(60));
      System.out.printf(
          "scale-out: job of killed node reported FAILED by the other after %.1f s%n",
          (System.nanoTime() - killedAt) / 1e9);
      assertThat(failed.at("/error/code").asText()).as(failed.toString()).isEqualTo("NODE_STOPPED");
      assertThat(failed.at("/error/message").asText()).contains("处理节点已停止");
      // The balancer sends everything to B now, the session included.
      for (int i = 0; i < 4; i++) {
        Http.Response r = balanced.get("/api/jobs/" + orphaned);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("state").asText()).isEqualTo("FAILED");
      }
    } finally {
      a.close();
      try (Connection c = DriverManager.getConnection(postgis, "postgres", "")) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static PortalProcess node(
      String name, int port, Map<String, String> common, Path root, Duration timeout)
      throws Exception {
    Map<String, String> settings = new HashMap<>(common);
    settings.put("onemap.data-dir", root.resolve(name).toString());
    settings.put("onemap.jobs.node-id", name);
    return PortalProcess.start(name, port, List.of("-Xmx1g"), settings, Map.of(), root, timeout);
  }

  private static String signIn(Http node) {
    Http.Response login =
        node.postJson("/api/auth/login", "{\"username\":\"admin\",\"password\":\"" + ADMIN + "\"}");
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    String setCookie = login.header("Set-Cookie");
    assertThat(setCookie).as("session cookie").isNotNull();
    return setCookie.split(";", 2)[0];
  }

  private static void styleSavedOnAIsDrawnByB(Http onA, Http onB) throws Exception {
    String sld =
        "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\">"
            + "<NamedLayer><Name>land_parcels</Name><UserStyle><Title>节点样式</Title>"
            + "<FeatureTypeStyle><Rule><PolygonSymbolizer><Fill>"
            + "<CssParameter name=\"fill\">#ff00ff</CssParameter></Fill></PolygonSymbolizer>"
            + "</Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
    Http.Response saved =
        onA.putJson(
            "/api/admin/layers/land_parcels/styles/scale_out",
            JSON.writeValueAsString(Map.of("sld", sld)));
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    Http.Response made =
        onA.patchJson("/api/admin/layers/land_parcels", "{\"defaultStyle\":\"scale_out\"}");
    assertThat(made.status()).as(made.body()).isEqualTo(200);
    try {
      long start = System.nanoTime();
      long deadline = System.currentTimeMillis() + 15_000;
      while (!onB.get("/api/layers/land_parcels")
          .json()
          .get("defaultStyle")
          .asText()
          .equals("scale_out")) {
        assertThat(System.currentTimeMillis()).as("B's default style").isLessThan(deadline);
        Thread.sleep(200);
      }
      System.out.printf(
          "scale-out: a default style set on A is B's after %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      assertThat(onB.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").body())
          .contains("<Name>scale_out</Name>");
      Http.Response map =
          onB.get(
              "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=land_parcels&STYLES=scale_out"
                  + "&SRS=EPSG:4490&BBOX=116.09,24.27,116.13,24.30&WIDTH=64&HEIGHT=64"
                  + "&FORMAT=image/png");
      assertThat(map.status()).as(map.body()).isEqualTo(200);
      assertThat(map.contentType()).isEqualTo("image/png");
    } finally {
      onA.patchJson("/api/admin/layers/land_parcels", "{\"defaultStyle\":\"default\"}");
      assertThat(onA.delete("/api/admin/layers/land_parcels/styles/scale_out").status())
          .isEqualTo(204);
    }
  }

  private static void addressEditThroughBIsGeocodedOnA(Http onA, Http onB) throws Exception {
    JsonNode door =
        onB.get("/api/layers/addresses/features?limit=1&filter=" + Http.q("level = '门牌'"))
            .json()
            .at("/features/0");
    ObjectNode props = (ObjectNode) door.get("properties").deepCopy();
    String doorNo = props.get("door_no").asText();
    String text = props.get("full_address").asText();
    assertThat(text).endsWith(doorNo + "号");
    String newText = text.substring(0, text.length() - doorNo.length() - 1) + "9999号";
    String code = props.get("code").asText();
    String newCode = code.substring(0, code.length() - 4) + "9999";
    props.put("code", newCode).put("door_no", 9999).put("full_address", newText);
    assertThat(bestCode(onA, newText)).isNotEqualTo(newCode);

    ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
    feature.set("geometry", door.get("geometry"));
    feature.set("properties", props);
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    collection.putArray("features").add(feature);
    Http.Response upload =
        onB.upload(
            "/api/layers/addresses/import?key=code",
            "new-door.geojson",
            JSON.writeValueAsBytes(collection));
    assertThat(upload.status()).as(upload.body()).isEqualTo(202);
    // Started on B, followed on A.
    JsonNode job = awaitEnd(onA, upload.json().get("id").asText(), Duration.ofSeconds(60));
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.at("/report/inserted").asLong()).isEqualTo(1);

    long start = System.nanoTime();
    while (!newCode.equals(bestCode(onA, newText))) {
      assertThat(System.nanoTime() - start)
          .as("node A never found the address added through B")
          .isLessThan(Duration.ofSeconds(60).toNanos());
      Thread.sleep(250);
    }
    System.out.printf(
        "scale-out: address added through node B geocoded on node A after %.1f s%n",
        (System.nanoTime() - start) / 1e9);
  }

  private static String bestCode(Http node, String text) {
    Http.Response r = node.get("/api/geocode?q=" + Http.q(text));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().at("/candidates/0/code").asText();
  }

  private static String startBigImport(Http node, String layer) {
    Http.Response r =
        node.upload(
            "/api/layers/" + layer + "/import?create=true",
            layer + ".csv",
            JobsRestartIT.bigCsv(600_000));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json().get("id").asText();
  }

  private static JsonNode awaitRunning(Http node, String id) throws InterruptedException {
    return JobsRestartIT.awaitRunning(node, "/api/jobs/" + id);
  }

  /** Waits until the job (run elsewhere) shows more rows read than {@code rows}. */
  private static JsonNode awaitProgress(Http node, String id, long rows)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      JsonNode job = node.get("/api/jobs/" + id).json();
      assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("RUNNING");
      if (job.at("/progress/rowsRead").asLong() > rows) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " shows no progress");
  }

  private static JsonNode awaitEnd(Http node, String id, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Http.Response r = node.get("/api/jobs/" + id);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode job = r.json();
      if (job.get("state").asText().matches("SUCCEEDED|FAILED")) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + id + " did not end within " + timeout);
  }
}
