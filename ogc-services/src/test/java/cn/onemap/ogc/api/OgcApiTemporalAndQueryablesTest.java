package cn.onemap.ogc.api;

import static cn.onemap.ogc.TestLayers.body;
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
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code datetime} instants and intervals (as-of the end) on a versioned collection with a known
 * history, queryables, the OpenAPI document, and the HTML view with a datetime.
 *
 * <pre>
 *   T1 insert h1 "旧名"      T2 update h1 "新名"      T3 insert h2      T4 delete h1
 * </pre>
 */
class OgcApiTemporalAndQueryablesTest {
  static StoreFixture fixture;
  static OgcApiFeatures api;
  static Instant t1;
  static Instant t2;
  static Instant t3;
  static Instant t4;

  @BeforeAll
  static void setUp() throws Exception {
    fixture = StoreFixture.open(Backend.H2GIS);
    FeatureStore store = fixture.store();
    TestLayers.create(store);
    store.createLayer(
        new LayerDefinition(
            "hist",
            "历史地物",
            LayerKind.THEMATIC,
            GeometryType.POINT,
            List.of(
                AttributeDefinition.required("name", AttributeType.STRING, "名称"),
                AttributeDefinition.optional("built", AttributeType.DATE, "建成日期")),
            AccessLevel.PUBLIC,
            true,
            null));
    store.createLayer(
        new LayerDefinition(
            "plain",
            "无历史图层",
            LayerKind.THEMATIC,
            GeometryType.POINT,
            List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")),
            AccessLevel.PUBLIC,
            false,
            null));
    EditContext by = EditContext.by("test");
    t1 =
        store
            .apply(
                "hist",
                List.of(
                    FeatureEdit.insert(
                        "h1", Wkt.read("POINT (116.1 24.28)"), Map.of("name", "旧名"))),
                by)
            .timestamp();
    Thread.sleep(20);
    t2 =
        store
            .apply(
                "hist",
                List.of(
                    new FeatureEdit.Update(
                        "h1", Optional.empty(), Map.of("name", "新名"), OptionalInt.empty())),
                by)
            .timestamp();
    Thread.sleep(20);
    t3 =
        store
            .apply(
                "hist",
                List.of(
                    FeatureEdit.insert("h2", Wkt.read("POINT (116.2 24.3)"), Map.of("name", "二号"))),
                by)
            .timestamp();
    Thread.sleep(20);
    t4 = store.apply("hist", List.of(FeatureEdit.delete("h1")), by).timestamp();
    api = new OgcApiFeatures(store, 1000);
  }

  @AfterAll
  static void tearDown() {
    fixture.close();
  }

  static OgcResponse get(String path, String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return api.handle(OgcRequest.get("http://test/ogcapi", path, m), TestLayers.reader(false));
  }

  /** "id:name" of each feature returned for the datetime value. */
  static List<String> at(String datetime) throws Exception {
    OgcResponse r = get("/collections/hist/items", "datetime", datetime);
    JsonNode j = new ObjectMapper().readTree(body(r));
    assertThat(r.status()).as(j.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    j.get("features")
        .forEach(f -> out.add(f.get("id").asText() + ":" + f.at("/properties/name").asText()));
    out.sort(String::compareTo);
    return out;
  }

  @Test
  void instantsAndIntervalsAreAsOfTheirEnd() throws Exception {
    assertThat(at(t1.toString())).containsExactly("h1:旧名");
    assertThat(at(t2.toString())).containsExactly("h1:新名");
    assertThat(at(t1 + "/" + t2)).containsExactly("h1:新名");
    assertThat(at("../" + t1)).containsExactly("h1:旧名");
    assertThat(at(t1 + "/" + t3)).containsExactly("h1:新名", "h2:二号");
    // h1 was alive during [t1, t4) but is gone at the end: as-of shows one state.
    assertThat(at(t1 + "/" + t4)).containsExactly("h2:二号");
    assertThat(at(t1 + "/..")).containsExactly("h2:二号");
    assertThat(at("../..")).containsExactly("h2:二号");
    assertThat(at("2000-01-01")).isEmpty();
    JsonNode item =
        new ObjectMapper()
            .readTree(body(get("/collections/hist/items/h1", "datetime", "../" + t2)));
    assertThat(item.at("/properties/name").asText()).isEqualTo("新名");
    assertThat(get("/collections/hist/items/h1", "datetime", t2 + "/..").status()).isEqualTo(404);
  }

  @Test
  void versionedCollectionsPublishTheirTemporalExtentFromTheFirstVersion() throws Exception {
    JsonNode hist = new ObjectMapper().readTree(body(get("/collections/hist")));
    JsonNode temporal = hist.at("/extent/temporal");
    assertThat(temporal.get("trs").asText())
        .isEqualTo("http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
    // From the first valid-from (h1, deleted since, still counts) to now: an open end.
    assertThat(temporal.at("/interval/0/0").asText()).isEqualTo(t1.toString());
    assertThat(temporal.at("/interval/0/1").isNull()).isTrue();
    // The published start is a datetime the collection answers: the first state.
    assertThat(at(temporal.at("/interval/0/0").asText())).containsExactly("h1:旧名");
    JsonNode listed = new ObjectMapper().readTree(body(get("/collections")));
    listed
        .get("collections")
        .forEach(
            c -> {
              boolean versioned = !c.get("id").asText().equals("plain");
              assertThat(c.at("/extent/temporal").isMissingNode())
                  .as(c.get("id").asText())
                  .isEqualTo(!versioned);
            });
    assertThat(body(get("/collections/hist", "f", "html"))).contains(t1.toString() + " 至今");
  }

  @Test
  void badDatetimesAreClear400s() throws Exception {
    for (String bad : List.of(t4 + "/" + t1, t1 + "/" + t2 + "/" + t3, "yesterday", "2024-13-01")) {
      OgcResponse r = get("/collections/hist/items", "datetime", bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(new ObjectMapper().readTree(body(r)).get("description").asText()).isNotBlank();
    }
    OgcResponse plain = get("/collections/plain/items", "datetime", t1 + "/..");
    assertThat(plain.status()).isEqualTo(400);
    assertThat(body(plain)).contains("keeps no history");
  }

  @Test
  void queryablesAreAJsonSchemaOfTheFilterableProperties() throws Exception {
    OgcResponse r = get("/collections/hist/queryables");
    assertThat(r.contentType()).isEqualTo("application/schema+json");
    JsonNode q = new ObjectMapper().readTree(body(r));
    assertThat(q.get("$schema").asText()).contains("2020-12");
    assertThat(q.get("$id").asText()).isEqualTo("http://test/ogcapi/collections/hist/queryables");
    assertThat(q.at("/properties/geom/format").asText()).isEqualTo("geometry-point");
    assertThat(q.at("/properties/name/type").asText()).isEqualTo("string");
    assertThat(q.at("/properties/name/title").asText()).isEqualTo("名称");
    assertThat(q.at("/properties/built/format").asText()).isEqualTo("date");
    assertThat(q.at("/properties/valid_from/format").asText()).isEqualTo("date-time");
    assertThat(q.get("additionalProperties").asBoolean()).isFalse();
    // Every queryable really is accepted by the filter, and nothing else is.
    q.get("properties")
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("geom")) {
                assertThat(get("/collections/hist/items", "filter", name + " IS NULL").status())
                    .as(name)
                    .isEqualTo(200);
              }
            });
    assertThat(get("/collections/hist/items", "filter", "height IS NULL").status()).isEqualTo(400);
    JsonNode plain = new ObjectMapper().readTree(body(get("/collections/plain/queryables")));
    assertThat(plain.at("/properties/valid_from").isMissingNode()).isTrue();
    assertThat(get("/collections/secret/queryables").status()).isEqualTo(404);
    JsonNode collection = new ObjectMapper().readTree(body(get("/collections/hist")));
    assertThat(collection.get("links").toString())
        .contains("http://www.opengis.net/def/rel/ogc/1.0/queryables");
    assertThat(body(get("/conformance"))).contains("ogcapi-features-3/1.0/conf/queryables");
  }

  @Test
  void openApiDocumentDescribesTheDatetimeRule() throws Exception {
    JsonNode landing = new ObjectMapper().readTree(body(get("/")));
    assertThat(landing.get("links").toString()).contains("service-desc").contains("/api");
    OgcResponse r = get("/api");
    assertThat(r.contentType()).startsWith("application/vnd.oai.openapi+json");
    JsonNode doc = new ObjectMapper().readTree(body(r));
    assertThat(doc.at("/servers/0/url").asText()).isEqualTo("http://test/ogcapi");
    assertThat(doc.at("/components/parameters/datetime/description").asText())
        .contains("As-of")
        .contains("end");
    assertThat(doc.at("/paths").has("/collections/{collectionId}/queryables")).isTrue();
  }

  @Test
  void htmlViewHonoursDatetime() {
    OgcResponse r = get("/collections/hist/items", "f", "html", "datetime", "../" + t1);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(body(r)).contains("<h1>历史地物</h1>").contains("旧名").doesNotContain("二号");
  }
}
