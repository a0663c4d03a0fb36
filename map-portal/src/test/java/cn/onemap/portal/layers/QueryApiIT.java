package cn.onemap.portal.layers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.core.store.FeatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query endpoints over HTTP on the embedded store: {@code /api/layers/{id}/stats} and {@code
 * /api/search}, their access check and their 400s.
 *
 * <pre>
 *   q_parts (PUBLIC POINT)       p0..p5 at (116.10 + 0.001 i, 24.30): kind A for i < 4, else B;
 *                                code QJ-00i; size i
 *   q_secret (RESTRICTED POINT)  x1 code QJ-SECRET
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class QueryApiIT {
  static final int PORT = 18392;
  static final String ADMIN_PASSWORD = "admin-password-for-query";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FeatureStore store;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    var dir = Files.createTempDirectory("onemap-query-");
    registry.add("server.port", () -> PORT);
    registry.add("onemap.data-dir", dir::toString);
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
  }

  @BeforeEach
  void layers() throws Exception {
    synchronized (QueryApiIT.class) {
      if (store.layer("q_parts").isPresent()) {
        return;
      }
      var attributes =
          List.of(
              AttributeDefinition.optional("code", AttributeType.STRING, "编码"),
              AttributeDefinition.optional("kind", AttributeType.STRING, "类别"),
              AttributeDefinition.optional("size", AttributeType.INTEGER, "大小"));
      store.createLayer(
          LayerDefinition.of("q_parts", "测试部件", LayerKind.CITY_PART, GeometryType.POINT, attributes)
              .withAccessLevel(AccessLevel.PUBLIC));
      store.createLayer(
          LayerDefinition.of("q_secret", "测试涉密", LayerKind.PIPELINE, GeometryType.POINT, attributes)
              .withAccessLevel(AccessLevel.RESTRICTED));
      var wkt = GeometryCodec.cgcs2000();
      var parts = new ArrayList<FeatureEdit>();
      for (int i = 0; i < 6; i++) {
        var g = wkt.fromWkt("POINT (" + (116.1 + 0.001 * i) + " 24.3)");
        parts.add(
            FeatureEdit.insert(
                "p" + i, g, Map.of("code", "QJ-00" + i, "kind", i < 4 ? "A" : "B", "size", i)));
      }
      store.apply("q_parts", parts, EditContext.by("test"));
      var g = wkt.fromWkt("POINT (116.1 24.3)");
      store.apply(
          "q_secret",
          List.of(FeatureEdit.insert("x1", g, Map.of("code", "QJ-SECRET", "kind", "A", "size", 9))),
          EditContext.by("test"));
    }
  }

  @Test
  void statsCountAndSumByCategoryWithTheFilter() throws Exception {
    JsonNode all = get("/api/layers/q_parts/stats?groupBy=kind&sum=size", false).body();
    assertThat(all.get("total").asLong()).isEqualTo(6);
    assertThat(all.get("groups").get(0).get("key").asText()).isEqualTo("A");
    assertThat(all.get("groups").get(0).get("count").asLong()).isEqualTo(4);
    assertThat(all.get("groups").get(0).get("sum").asDouble()).isEqualTo(0 + 1 + 2 + 3);
    assertThat(all.get("groups").get(1).get("sum").asDouble()).isEqualTo(4 + 5);
    JsonNode filtered =
        get("/api/layers/q_parts/stats?groupBy=kind&filter=" + enc("size >= 3"), false).body();
    assertThat(filtered.get("total").asLong()).isEqualTo(3);
    JsonNode selected = get("/api/layers/q_parts/stats?groupBy=kind&ids=p0,p5", false).body();
    assertThat(selected.get("groups")).hasSize(2);
    JsonNode near =
        get(
                "/api/layers/q_parts/stats?groupBy=kind&filter="
                    + enc("DWITHIN(geom, POINT(116.1 24.3), 150, meters)"),
                false)
            .body();
    // 0.001° of longitude at 24.3°N is ~101.5 m: p0 and p1.
    assertThat(near.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void statsRefusesBadInputAndUnreadableLayers() throws Exception {
    var geometry = get("/api/layers/q_parts/stats?groupBy=geom", false);
    assertThat(geometry.status()).isEqualTo(400);
    assertThat(geometry.body().get("error").asText()).isEqualTo("INVALID_FILTER");
    assertThat(get("/api/layers/q_parts/stats?groupBy=kind&sum=code", false).status())
        .isEqualTo(400);
    assertThat(get("/api/layers/q_parts/stats?groupBy=nope", false).status()).isEqualTo(400);
    assertThat(get("/api/layers/q_parts/stats?groupBy=kind&limit=0", false).status())
        .isEqualTo(400);
    assertThat(get("/api/layers/q_parts/stats", false).status()).isEqualTo(400);
    // A layer the caller may not read is not found, as an unknown one (its existence stays hidden).
    var hidden = get("/api/layers/q_secret/stats?groupBy=kind", false);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body().get("error").asText()).isEqualTo("LAYER_NOT_FOUND");
    assertThat(get("/api/layers/q_secret/stats?groupBy=kind", true).status()).isEqualTo(200);
  }

  @Test
  void searchFindsReadableFeaturesOnlyRankedThenCut() throws Exception {
    // Case-insensitive prefixes, all six (not five per layer), shorter and then by id.
    JsonNode anonymous = get("/api/search?q=" + enc("qj-00"), false).body();
    assertThat(anonymous.get("results")).hasSize(6);
    assertThat(anonymous.get("results").get(0).get("featureId").asText()).isEqualTo("p0");
    assertThat(get("/api/search?q=QJ&limit=3", false).body().get("results")).hasSize(3);
    JsonNode exact = get("/api/search?q=" + enc("QJ-003"), false).body().get("results");
    assertThat(exact).hasSize(1);
    assertThat(exact.get(0).get("featureId").asText()).isEqualTo("p3");
    assertThat(exact.get(0).get("featureIds")).hasSize(1);
    assertThat(exact.get(0).get("featureIds").get(0).asText()).isEqualTo("p3");
    assertThat(exact.get(0).get("attributeLabel").asText()).isEqualTo("编码");
    assertThat(exact.get(0).get("bbox").get(0).asDouble()).isEqualTo(116.103);
    // The restricted layer: nothing for anonymous callers, not even in the ranking; for the
    // admin its feature ranks after the parts (a pipeline layer's priority is lower).
    assertThat(get("/api/search?q=QJ-SEC", false).body().get("results")).isEmpty();
    assertThat(get("/api/search?q=QJ&limit=50", false).body().get("results")).hasSize(6);
    JsonNode all = get("/api/search?q=QJ&limit=50", true).body().get("results");
    assertThat(all).hasSize(7);
    assertThat(all.get(6).get("layerId").asText()).isEqualTo("q_secret");
    assertThat(get("/api/search?q=QJ-SEC", true).body().get("results")).hasSize(1);
    assertThat(get("/api/search?q=%20", false).status()).isEqualTo(400);
    assertThat(get("/api/search?q=" + "x".repeat(101), false).status()).isEqualTo(400);
    assertThat(get("/api/search?q=QJ&limit=51", false).status()).isEqualTo(400);
  }

  private record Answer(int status, JsonNode body) {}

  private Answer get(String path, boolean admin) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path));
    if (admin) {
      String token = "admin:" + ADMIN_PASSWORD;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), JSON.readTree(r.body().isEmpty() ? "{}" : r.body()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
