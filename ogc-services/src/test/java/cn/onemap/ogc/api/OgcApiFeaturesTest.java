package cn.onemap.ogc.api;

import static cn.onemap.ogc.TestLayers.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OGC API Features over the test layers: landing, collections, items, CQL2, crs. */
class OgcApiFeaturesTest {
  static StoreFixture fixture;
  static OgcApiFeatures api;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    api = new OgcApiFeatures(fixture.store(), 1000);
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

  static JsonNode json(OgcResponse r) throws Exception {
    return new ObjectMapper().readTree(body(r));
  }

  @Test
  void landingConformanceAndCollections() throws Exception {
    assertThat(OgcApiConformanceTest.href(json(get("/")), "data", "application/json"))
        .isEqualTo("http://test/ogcapi/collections?f=json");
    assertThat(body(get("/conformance"))).contains("ogcapi-features-1/1.0/conf/core");
    JsonNode c = json(get("/collections"));
    assertThat(c.at("/collections").size()).isEqualTo(1);
    assertThat(c.at("/collections/0/title").asText()).isEqualTo("兴趣点");
    assertThat(get("/collections/secret").status()).isEqualTo(404);
  }

  @Test
  void itemsWithPagingAndBbox() throws Exception {
    JsonNode p = json(get("/collections/poi/items", "limit", "2"));
    assertThat(p.at("/numberMatched").asLong()).isEqualTo(3);
    assertThat(p.at("/features").size()).isEqualTo(2);
    assertThat(OgcApiConformanceTest.href(p, "next", "application/geo+json")).contains("offset=2");
    assertThat(p.at("/features/0/geometry/coordinates/0").asDouble()).isGreaterThan(100);
    JsonNode b = json(get("/collections/poi/items", "bbox", "116.09,24.27,116.11,24.29"));
    assertThat(b.at("/numberMatched").asLong()).isEqualTo(1);
  }

  @Test
  void cql2AndCrs() throws Exception {
    JsonNode f =
        json(
            get(
                "/collections/poi/items",
                "filter",
                "level > 1 AND S_INTERSECTS(geom, POLYGON((116.05 24.25, 116.13 24.25, 116.13 24.35, 116.05 24.35, 116.05 24.25)))"));
    assertThat(f.at("/numberMatched").asLong()).isEqualTo(1);
    assertThat(get("/collections/poi/items", "filter", "CASEI(name) = 'x'").status())
        .isEqualTo(400);
    assertThat(get("/collections/poi/items", "filter", "nosuch = 1").status()).isEqualTo(400);
    OgcResponse r =
        get("/collections/poi/items/1", "crs", "http://www.opengis.net/def/crs/EPSG/0/4490");
    assertThat(r.headers().get("Content-Crs"))
        .isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/4490>");
    assertThat(json(r).at("/geometry/coordinates/0").asDouble()).isEqualTo(24.28);
    JsonNode gk =
        json(get("/collections/poi/items/1", "crs", "http://www.opengis.net/def/crs/EPSG/0/4548"));
    // Part 2: coordinates follow the CRS's axis order; EPSG:4548 is northing, easting.
    assertThat(gk.at("/geometry/coordinates/0").asDouble()).isBetween(2_600_000.0, 2_800_000.0);
    assertThat(gk.at("/geometry/coordinates/1").asDouble()).isBetween(400_000.0, 600_000.0);
    // bbox-crs of a GK zone: northing,easting too (梅州站 is ~2686.6 km N, ~408.6 km E).
    String uri = "http://www.opengis.net/def/crs/EPSG/0/4548";
    JsonNode box =
        json(
            get(
                "/collections/poi/items",
                "bbox",
                "2686000,408000,2687200,409200",
                "bbox-crs",
                uri));
    assertThat(box.at("/numberMatched").asLong()).isEqualTo(1);
    assertThat(box.at("/features/0/id").asText()).isEqualTo("1");
    JsonNode swapped =
        json(
            get(
                "/collections/poi/items",
                "bbox",
                "408000,2686000,409200,2687200",
                "bbox-crs",
                uri));
    assertThat(swapped.at("/numberMatched").asLong()).isZero();
  }

  @Test
  void htmlView() {
    OgcResponse r = get("/collections/poi/items", "f", "html");
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(body(r)).contains("<h1>兴趣点</h1>").contains("梅州站");
  }
}
