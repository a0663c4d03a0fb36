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
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OGC API Features Part 1 requirements the conformance suite found broken: alternate encodings
 * on every resource, links of a single feature, unknown parameters, the OpenAPI parameter building
 * blocks, and {@code limit=0}. Runs against the real H2GIS store with {@link TestLayers} plus a
 * layer whose attribute values try to inject markup.
 */
class OgcApiConformanceTest {
  static final String BASE = "http://test/ogcapi";
  static final int CAP = 500;
  static final String XSS = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'";
  static StoreFixture fixture;
  static OgcApiFeatures api;

  @BeforeAll
  static void setUp() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    fixture
        .store()
        .createLayer(
            new LayerDefinition(
                "roads",
                "道路",
                LayerKind.THEMATIC,
                GeometryType.LINESTRING,
                List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")),
                AccessLevel.PUBLIC,
                false,
                null));
    fixture
        .store()
        .apply(
            "roads",
            List.of(
                FeatureEdit.insert(
                    "r'1",
                    Wkt.read("LINESTRING (116.10 24.28, 116.12 24.30, 116.14 24.29)"),
                    Map.of("name", XSS))),
            EditContext.by("test"));
    api = new OgcApiFeatures(fixture.store(), CAP);
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
    return api.handle(OgcRequest.get(BASE, path, m), TestLayers.reader(false));
  }

  /** Follows an absolute link of this API the way a client would. */
  static OgcResponse follow(String href) {
    assertThat(href).startsWith(BASE);
    URI uri = URI.create(href);
    Map<String, String> kvp = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        kvp.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    String path = decode(uri.getRawPath().substring("/ogcapi".length()));
    return api.handle(OgcRequest.get(BASE, path, kvp), TestLayers.reader(false));
  }

  static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static JsonNode json(OgcResponse r) throws Exception {
    return new ObjectMapper().readTree(body(r));
  }

  /** The single link with that rel and type; fails when there is none or more than one. */
  static String href(JsonNode doc, String rel, String type) {
    List<String> found = new ArrayList<>();
    doc.get("links")
        .forEach(
            l -> {
              if (l.get("rel").asText().equals(rel) && l.get("type").asText().equals(type)) {
                found.add(l.get("href").asText());
              }
            });
    assertThat(found).as(rel + " " + type + " in " + doc.get("links")).hasSize(1);
    return found.get(0);
  }

  /** The href of {@code <link rel="alternate">} in an HTML page (entities decoded). */
  static String htmlAlternate(String html) {
    Matcher m =
        Pattern.compile("<link rel=\"alternate\" type=\"([^\"]+)\" href=\"([^\"]+)\"")
            .matcher(html);
    assertThat(m.find()).as(html).isTrue();
    return m.group(2).replace("&amp;", "&");
  }

  static final List<String> PATHS =
      List.of(
          "/",
          "/conformance",
          "/collections",
          "/collections/poi",
          "/collections/poi/items",
          "/collections/poi/items/1");

  @Test
  void everyResourceLinksItsHtmlAlternateAndTheHtmlLinksBack() throws Exception {
    for (String path : PATHS) {
      OgcResponse r = get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.contentType()).as(path).doesNotStartWith("text/html");
      String alternate = href(json(r), "alternate", "text/html");
      OgcResponse page = follow(alternate);
      assertThat(page.status()).as(alternate).isEqualTo(200);
      assertThat(page.contentType()).as(alternate).isEqualTo("text/html; charset=UTF-8");
      String html = body(page);
      assertThat(html).as(alternate).startsWith("<!DOCTYPE html>").doesNotContain("<script");
      // ... and the HTML links the JSON again, which is the resource we started from.
      OgcResponse back = follow(htmlAlternate(html));
      assertThat(back.status()).isEqualTo(200);
      assertThat(back.contentType()).isEqualTo(r.contentType());
      assertThat(json(back).get("links").toString()).isEqualTo(json(r).get("links").toString());
      // A browser (Accept: text/html first) gets the page without f=html.
      OgcResponse browser =
          api.handle(
              OgcRequest.get(BASE, path, Map.of())
                  .withAccept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
              TestLayers.reader(false));
      assertThat(browser.contentType()).as(path).startsWith("text/html");
    }
    assertThat(get("/", "f", "xml").status()).isEqualTo(400);
  }

  @Test
  void htmlPagesAreUsableLinkedEscapedAndShowAMap() throws Exception {
    String landing = body(get("/", "f", "html"));
    assertThat(landing)
        .contains("数据集合")
        .contains("href=\"" + BASE + "/collections?f=html\"")
        .contains("href=\"" + BASE + "/conformance?f=html\"")
        .contains("href=\"" + BASE + "/api\"");
    String collections = body(get("/collections", "f", "html"));
    assertThat(collections)
        .contains("兴趣点")
        .contains(BASE + "/collections/poi/items?f=html")
        .contains(BASE + "/collections/poi/queryables")
        .doesNotContain("保密管线");
    String collection = body(get("/collections/poi", "f", "html"));
    assertThat(collection).contains("<h1>兴趣点</h1>").contains("时间范围").contains("名称");

    String page1 = body(get("/collections/poi/items", "f", "html", "limit", "2"));
    assertThat(page1).contains("<svg class=\"map\"").contains("<circle").contains("梅州站");
    assertThat(page1).contains("下一页").doesNotContain("上一页");
    Matcher next = Pattern.compile("href=\"([^\"]+)\">下一页").matcher(page1);
    assertThat(next.find()).isTrue();
    String page2 = body(follow(next.group(1).replace("&amp;", "&")));
    assertThat(page2).contains("剑英公园").contains("上一页").doesNotContain("下一页");
    assertThat(page1).contains("href=\"" + BASE + "/collections/poi/items/1?f=html\"");

    // Attribute values and ids are text, never markup, in element and in attribute positions.
    String roads = body(get("/collections/roads/items", "f", "html"));
    assertThat(roads).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    assertThat(roads).contains("<path").contains("/items/r%271?f=html").doesNotContain("r'1?");
    String road = body(get("/collections/roads/items/r'1", "f", "html"));
    assertThat(road)
        .doesNotContain("<script")
        .contains("&quot;&gt;&lt;script&gt;")
        .contains("<svg");
  }

  @Test
  void everyLinkCarriesTheRequestsLinkParametersOnce() throws Exception {
    for (String path : PATHS) {
      for (String f : List.of("json", "html")) {
        // The client sent its key in the URL; the portal asks for it on every link.
        Map<String, String> kvp = new LinkedHashMap<>(Map.of("f", f, "apikey", "k-1"));
        if (path.endsWith("/items")) {
          kvp.put("limit", "1"); // so that there is a next link too
        }
        OgcRequest req = OgcRequest.get(BASE, path, kvp).withLinkParams(Map.of("apikey", "k-1"));
        String out = body(api.handle(req, TestLayers.reader(false)));
        Matcher href = Pattern.compile("href\\\"?[:=] ?\\\"([^\\\"]+)\\\"").matcher(out);
        int links = 0;
        while (href.find()) {
          String h = href.group(1).replace("&amp;", "&");
          assertThat(h).as(path + " " + f).startsWith(BASE);
          assertThat(h.split("apikey=k-1", -1)).as(h).hasSize(2);
          links++;
        }
        assertThat(links).as(path + " " + f).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void aSingleFeatureLinksSelfAlternateAndCollection() throws Exception {
    JsonNode f = json(get("/collections/poi/items/1"));
    assertThat(f.get("type").asText()).isEqualTo("Feature");
    String self = href(f, "self", "application/geo+json");
    assertThat(json(follow(self)).get("id").asText()).isEqualTo("1");
    assertThat(body(follow(href(f, "alternate", "text/html")))).contains("梅州站");
    JsonNode collection = json(follow(href(f, "collection", "application/json")));
    assertThat(collection.get("id").asText()).isEqualTo("poi");
    // The requested crs rides on self, so self really is this representation.
    String uri = "http://www.opengis.net/def/crs/EPSG/0/4490";
    JsonNode inGk = json(get("/collections/poi/items/1", "crs", uri));
    assertThat(decode(href(inGk, "self", "application/geo+json"))).contains("crs=" + uri);
  }

  @Test
  void unknownQueryParametersAre400NamingTheParameter() throws Exception {
    for (String path : PATHS) {
      OgcResponse r = get(path, "bbx", "1,2,3,4");
      assertThat(r.status()).as(path).isEqualTo(400);
      JsonNode e = json(r);
      assertThat(e.get("code").asText()).isEqualTo("InvalidParameterValue");
      assertThat(e.get("description").asText()).as(path).contains("'bbx'");
      // f and a client's API key are accepted everywhere.
      assertThat(get(path, "f", "json", "apikey", "k-123").status()).as(path).isEqualTo(200);
    }
    assertThat(get("/api", "foo", "1").status()).isEqualTo(400);
    assertThat(get("/collections/poi/queryables", "foo", "1").status()).isEqualTo(400);
    // crs/datetime belong to features, not to the collection.
    assertThat(get("/collections/poi", "limit", "5").status()).isEqualTo(400);
    // Every parameter the items resource defines stays accepted.
    OgcResponse all =
        get(
            "/collections/poi/items",
            "bbox",
            "116,24,117,25",
            "bbox-crs",
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "crs",
            "http://www.opengis.net/def/crs/EPSG/0/4490",
            "datetime",
            "../..",
            "limit",
            "5",
            "offset",
            "0",
            "filter",
            "level > 0",
            "filter-lang",
            "cql2-text",
            "filter-crs",
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "f",
            "json",
            "apikey",
            "k-123");
    assertThat(all.status()).as(body(all)).isEqualTo(200);
    assertThat(json(all).get("numberMatched").asInt()).isEqualTo(3);
  }

  @Test
  void openApiDeclaresTheStandardsParameterBuildingBlocks() throws Exception {
    JsonNode p = json(get("/api")).at("/components/parameters");
    JsonNode limit = p.get("limit");
    assertThat(limit.get("style").asText()).isEqualTo("form");
    assertThat(limit.get("explode").asBoolean()).isFalse();
    assertThat(limit.at("/schema/type").asText()).isEqualTo("integer");
    assertThat(limit.at("/schema/minimum").asInt()).isEqualTo(1);
    assertThat(limit.at("/schema/maximum").isInt()).isTrue();
    assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(CAP);
    assertThat(limit.at("/schema/default").asInt()).isEqualTo(10);
    JsonNode bbox = p.get("bbox");
    assertThat(bbox.get("style").asText()).isEqualTo("form");
    assertThat(bbox.get("explode").asBoolean()).isFalse();
    assertThat(bbox.at("/schema/minItems").asInt()).isEqualTo(4);
    assertThat(bbox.at("/schema/maxItems").asInt()).isEqualTo(6);
    assertThat(bbox.at("/schema/items/type").asText()).isEqualTo("number");
    JsonNode datetime = p.get("datetime");
    assertThat(datetime.get("style").asText()).isEqualTo("form");
    assertThat(datetime.get("explode").asBoolean()).isFalse();
    assertThat(datetime.at("/schema/type").asText()).isEqualTo("string");
    // The declared 6-number bbox really is accepted (heights ignored).
    assertThat(
            json(get("/collections/poi/items", "bbox", "116.09,24.27,-10,116.11,24.29,10"))
                .get("numberMatched")
                .asInt())
        .isEqualTo(1);
    assertThat(get("/collections/poi/items", "bbox", "1,2,3,4,5").status()).isEqualTo(400);
    assertThat(get("/collections/poi/items", "bbox", "NaN,24,117,25").status()).isEqualTo(400);
  }

  @Test
  void limitZeroIsRefusedAndFollowingNextEnds() throws Exception {
    OgcResponse zero = get("/collections/poi/items", "limit", "0");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(json(zero).get("description").asText()).contains("limit");
    // Following next visits every feature once and stops; next never equals self.
    List<String> ids = new ArrayList<>();
    OgcResponse page = get("/collections/poi/items", "limit", "1");
    for (int hops = 0; hops < 10; hops++) {
      JsonNode doc = json(page);
      doc.get("features").forEach(f -> ids.add(f.get("id").asText()));
      List<String> next = new ArrayList<>();
      doc.get("links")
          .forEach(
              l -> {
                if (l.get("rel").asText().equals("next")) {
                  next.add(l.get("href").asText());
                }
              });
      if (next.isEmpty()) {
        break;
      }
      assertThat(next.get(0)).isNotEqualTo(href(doc, "self", "application/geo+json"));
      page = follow(next.get(0));
    }
    assertThat(ids).containsExactly("1", "2", "3");
    // limit above the cap is lowered to it, as the OpenAPI maximum says.
    assertThat(
            decode(
                href(
                    json(get("/collections/poi/items", "limit", "100000")),
                    "self",
                    "application/geo+json")))
        .contains("limit=" + CAP);
  }
}
