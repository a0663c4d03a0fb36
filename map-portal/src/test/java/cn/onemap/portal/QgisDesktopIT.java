package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.Operation;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * QGIS 3.22 itself (Debian python3-qgis, headless) as the planner's desktop GIS, through {@code
 * clients/qgis_wfs.py}: a {@code water} layer loaded as WFS 2.0.0 and as 1.1.0, with Basic auth and
 * with an API key in the URL only, is edited through QGIS's edit buffer (add, change an attribute
 * and the geometry, delete, each committed). QGIS sends WFS 1.0.0 Transactions with GML 2
 * coordinates, and with a key only the key it keeps from the capabilities' URLs authenticates them:
 * every step must succeed and the store must hold one version per step, by the right author. Then
 * the INTERNAL {@code city_parts} layer, loaded with only the key (no cookie), reads in full over
 * 1.1.0 and 2.0.0: all 28,215 parts, not the first 10,000.
 */
class QgisDesktopIT extends SampleCityTestBase {
  private static final String EDITOR = "qgis_editor";
  private static final String EDITOR_NAME = "桌面编辑员";
  private static final String KEY_NAME = "规划局桌面GIS";
  private static final int SMALL_CITY_PARTS = 28_215;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired FeatureStore store;
  String key;

  @BeforeEach
  void accounts() {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    int status =
        admin
            .postJson(
                "/api/admin/users",
                "{\"username\":\""
                    + EDITOR
                    + "\",\"password\":\"password-"
                    + EDITOR
                    + "\",\"displayName\":\""
                    + EDITOR_NAME
                    + "\",\"department\":\"自然资源局\",\"roles\":[\"EDITOR\"]}")
            .status();
    assertThat(status).isIn(201, 409);
    key =
        admin
            .postJson(
                "/api/admin/api-keys",
                "{\"name\":\"" + KEY_NAME + "\",\"department\":\"规划局\",\"roles\":[\"EDITOR\"]}")
            .json()
            .get("apiKey")
            .asText();
  }

  private ObjectNode layer(String label, String version, String typename, boolean withKey) {
    ObjectNode spec = JSON.createObjectNode();
    spec.put("label", label);
    spec.put(
        "url", "http://127.0.0.1:" + port + "/ows" + (withKey ? "?apikey=" + Http.q(key) : ""));
    spec.put("version", version);
    spec.put("typename", typename);
    ObjectNode auth = spec.putObject("auth");
    if (!withKey) {
      auth.put("username", EDITOR);
      auth.put("password", "password-" + EDITOR);
    }
    return spec;
  }

  private JsonNode runQgis(ObjectNode config) throws Exception {
    Path file = Files.createTempFile("qgis-config-", ".json");
    Files.writeString(file, JSON.writeValueAsString(config));
    ClientRun r =
        ClientRun.of(
            "env",
            "QT_QPA_PLATFORM=offscreen",
            "/usr/bin/python3",
            "src/test/resources/clients/qgis_wfs.py",
            file.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    return r.lastJsonLine();
  }

  @Test
  void qgisAddsChangesAndDeletesThroughWfs20And11WithBasicAuthAndApiKey() throws Exception {
    ObjectNode config = JSON.createObjectNode();
    ArrayNode runs = config.putArray("runs");
    List<String[]> cases = new ArrayList<>();
    for (String version : List.of("2.0.0", "1.1.0")) {
      for (boolean withKey : List.of(false, true)) {
        String label = (withKey ? "key-" : "basic-") + version;
        String name = "QGIS测试湖-" + label + "-" + System.nanoTime();
        runs.add(layer(label, version, "onemap:water", withKey).put("name", name));
        cases.add(new String[] {label, name, withKey ? KEY_NAME : EDITOR_NAME});
      }
    }
    JsonNode seen = runQgis(config);

    for (int i = 0; i < cases.size(); i++) {
      String label = cases.get(i)[0];
      String name = cases.get(i)[1];
      JsonNode run = seen.get("runs").get(i);
      assertThat(run.get("label").asText()).isEqualTo(label);
      for (String step : List.of("insert", "update", "delete")) {
        assertThat(run.get(step).get("ok").asBoolean())
            .as(label + " " + step + ": " + run)
            .isTrue();
      }
      JsonNode inserted = run.get("after_insert");
      assertThat(inserted).as(label).hasSize(1);
      // x = east after the round trip: 1.0.0 GML 2 coordinates are x,y whatever the srsName.
      assertThat(inserted.get(0).get("bbox").get(0).asDouble()).isEqualTo(115.95);
      assertThat(inserted.get(0).get("bbox").get(1).asDouble()).isEqualTo(24.20);
      assertThat(run.get("after_update").get(0).get("width_m").asDouble()).isEqualTo(20.0);
      assertThat(run.get("after_update").get(0).get("bbox").get(0).asDouble()).isEqualTo(115.97);
      assertThat(run.get("after_delete")).as(label).isEmpty();
      assertHistory(
          name, cases.get(i)[2], Instant.ofEpochMilli(run.get("inserted_at_ms").asLong()));
    }
  }

  /**
   * The feature called {@code name}: inserted, updated, deleted, all by {@code author}. QGIS
   * commits a changed geometry and changed attributes as two Transactions: two updates.
   */
  private void assertHistory(String name, String author, Instant insertedAt) {
    String fid = fidOf(name, insertedAt);
    List<Feature> history = store.history("water", fid);
    assertThat(history)
        .as(name)
        .extracting(f -> f.version().operation())
        .containsExactly(Operation.INSERT, Operation.UPDATE, Operation.UPDATE, Operation.DELETE);
    assertThat(history).extracting(f -> f.version().number()).containsExactly(1, 2, 3, 4);
    assertThat(history).allSatisfy(f -> assertThat(f.version().author()).isEqualTo(author));
    assertThat(history.get(0).attribute("width_m")).isEqualTo(12.5);
    assertThat(history.get(0).geometry().get().getEnvelopeInternal().getMinX()).isEqualTo(115.95);
    Feature edited = history.get(2);
    assertThat(edited.attribute("width_m")).isEqualTo(20.0);
    assertThat(edited.attribute("name")).isEqualTo(name);
    assertThat(edited.geometry().get().getEnvelopeInternal().getMinX()).isEqualTo(115.97);
    assertThat(edited.geometry().get().getEnvelopeInternal().getMinY()).isEqualTo(24.22);
    assertThat(store.get("water", fid)).isEmpty();
  }

  /** The id of the (now deleted) feature: the store as it was right after the insert. */
  private String fidOf(String name, Instant insertedAt) {
    var q = FeatureQuery.layer("water").ecql("name = '" + name + "'").asOf(insertedAt).build();
    try (FeatureCursor c = store.query(q)) {
      assertThat(c.hasNext()).as("a version of " + name + " at " + insertedAt).isTrue();
      return c.next().id();
    }
  }

  @Test
  void anInternalLayerLoadedWithOnlyAKeyReadsWholeOverWfs11And20() throws Exception {
    ObjectNode config = JSON.createObjectNode();
    ArrayNode counts = config.putArray("counts");
    counts.add(layer("parts-1.1.0", "1.1.0", "onemap:city_parts", true));
    counts.add(layer("parts-2.0.0", "2.0.0", "onemap:city_parts", true));
    JsonNode seen = runQgis(config);
    assertThat(seen.get("counts").get(0).get("count").asInt()).isEqualTo(SMALL_CITY_PARTS);
    assertThat(seen.get("counts").get(1).get("count").asInt()).isEqualTo(SMALL_CITY_PARTS);
  }

  /**
   * GDAL's ogr2ogr over WFS 1.1.0, authenticated only by the key in its URL: GDAL follows the
   * capabilities' operation URLs (which must carry the key) and does not page in 1.1.0, so the
   * server must answer the whole INTERNAL layer in one response.
   */
  @Test
  void ogr2ogrCopiesEveryCityPartOverWfs11() throws Exception {
    Path out = Files.createTempDirectory("ogr2ogr-").resolve("parts.gpkg");
    ClientRun copy =
        ClientRun.of(
            "ogr2ogr",
            "-f",
            "GPKG",
            out.toString(),
            "WFS:http://127.0.0.1:" + port + "/ows?apikey=" + Http.q(key) + "&VERSION=1.1.0",
            "onemap:city_parts",
            "-nln",
            "city_parts");
    assertThat(copy.exit()).as(copy.output()).isZero();
    ClientRun info = ClientRun.of("ogrinfo", "-so", out.toString(), "city_parts");
    assertThat(info.output()).as(copy.output()).contains("Feature Count: " + SMALL_CITY_PARTS);
  }
}
