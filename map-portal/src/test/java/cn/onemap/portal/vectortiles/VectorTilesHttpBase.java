package cn.onemap.portal.vectortiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Vector tiles over real HTTP from the running portal: XYZ {@code .mvt}/{@code .pbf} and OGC API –
 * Tiles vector tilesets, decoded with a Java MVT decoder; ETag/304, Cache-Control, access (a
 * restricted layer's tiles are 404 for anonymous callers, like an unknown tileset), TIME. The two
 * subclasses run it on H2GIS and on PostGIS.
 *
 * <pre>
 *   vt_roads  (BASE, public):    5 roads "r-0".."r-4" every 0.001° north of (116.1, 24.3)
 *   vt_pipes  (PIPELINE, restricted): 3 pipes "1".."3"
 * </pre>
 */
abstract class VectorTilesHttpBase {
  static final String ADMIN_PASSWORD = "admin-password-for-vector-tiles";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  static Instant loaded;

  @BeforeEach
  void layers() throws Exception {
    synchronized (VectorTilesHttpBase.class) {
      if (store.layer("vt_pipes").isPresent()) {
        return;
      }
      store.createLayer(
          LayerDefinition.of(
                  "vt_roads",
                  "测试道路",
                  LayerKind.BASE,
                  GeometryType.LINESTRING,
                  List.of(
                      AttributeDefinition.required("name", AttributeType.STRING, "道路名称"),
                      AttributeDefinition.optional("lanes", AttributeType.INTEGER, "车道数")))
              .withAccessLevel(AccessLevel.PUBLIC));
      store.createLayer(
          LayerDefinition.of(
              "vt_pipes",
              "测试燃气管线",
              LayerKind.PIPELINE,
              GeometryType.LINESTRING,
              List.of(AttributeDefinition.optional("material", AttributeType.STRING, "材质"))));
      var roads = new java.util.ArrayList<FeatureEdit>();
      for (int i = 0; i < 5; i++) {
        double y = 24.3 + i * 0.001;
        roads.add(
            FeatureEdit.insert(
                "r-" + i,
                line(116.099, y, 116.103, y + 0.0005),
                Map.of("name", "路" + i, "lanes", 2 + i)));
      }
      store.apply("vt_roads", roads, EditContext.by("test"));
      var pipes = new java.util.ArrayList<FeatureEdit>();
      for (int i = 1; i <= 3; i++) {
        double y = 24.3005 + i * 0.001;
        pipes.add(
            FeatureEdit.insert(
                String.valueOf(i), line(116.0995, y, 116.1025, y), Map.of("material", "PE")));
      }
      store.apply("vt_pipes", pipes, EditContext.by("test"));
      Thread.sleep(5);
      loaded = Instant.now();
      Thread.sleep(5);
    }
  }

  static org.locationtech.jts.geom.Geometry line(double x0, double y0, double x1, double y1) {
    return GeometryCodec.cgcs2000()
        .fromWkt(String.format(java.util.Locale.ROOT, "LINESTRING (%f %f, %f %f)", x0, y0, x1, y1));
  }

  record Reply(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  Reply get(String path, String... headers) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    var h = new TreeMap<String, String>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    return new Reply(r.statusCode(), h, r.body());
  }

  static String[] admin() {
    String token =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return new String[] {"Authorization", "Basic " + token};
  }

  /** Layer name → feature key (id or "id" attribute) → values. */
  static Map<String, Map<String, Map<String, Object>>> decode(byte[] bytes) throws Exception {
    var out = new TreeMap<String, Map<String, Map<String, Object>>>();
    for (VectorTile.Tile.Layer l : VectorTile.Tile.parseFrom(bytes).getLayersList()) {
      var features = new TreeMap<String, Map<String, Object>>();
      for (VectorTile.Tile.Feature f : l.getFeaturesList()) {
        var values = new HashMap<String, Object>();
        for (int t = 0; t < f.getTagsCount(); t += 2) {
          values.put(l.getKeys(f.getTags(t)), MvtUtil.toObject(l.getValues(f.getTags(t + 1))));
        }
        assertThat(f.getGeometryCount()).isPositive();
        features.put(f.hasId() ? String.valueOf(f.getId()) : (String) values.get("id"), values);
      }
      out.put(l.getName(), features);
    }
    return out;
  }

  /** z/x/y of the tile of {@code set} at {@code level} holding (lon, lat). */
  static String xyz(String setId, String level, double lon, double lat) {
    TileMatrixSet set = TileMatrixSets.standard().find(setId).orElseThrow();
    TileMatrix m = set.matrix(level).orElseThrow();
    double[] xy =
        set.crs().equals("EPSG:3857")
            ? Transforms.get("EPSG:4490", "EPSG:3857").transform(lon, lat)
            : new double[] {lon, lat};
    TileRange r = m.tileAt(xy[0], xy[1]);
    return level + "/" + r.minCol() + "/" + r.minRow();
  }

  /** z/row/col (OGC API order) of the same tile. */
  static String zRowCol(String setId, String level, double lon, double lat) {
    String[] p = xyz(setId, level, lon, lat).split("/");
    return p[0] + "/" + p[2] + "/" + p[1];
  }

  @Test
  void xyzVectorTilesDecodeWithTheLayersFeaturesAndCacheHeaders() throws Exception {
    for (String set : List.of("WebMercatorQuad", "c", "w")) {
      String level = set.equals("WebMercatorQuad") ? "15" : "16";
      String path = "/tiles/vt_roads/" + set + "/" + xyz(set, level, 116.101, 24.302) + ".mvt";
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.header("Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
      assertThat(r.header("ETag")).matches("\"[0-9a-f]{32}\"");
      assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=60");
      var layers = decode(r.body());
      assertThat(layers.keySet()).containsExactly("vt_roads");
      assertThat(layers.get("vt_roads")).containsKey("r-2");
      assertThat(layers.get("vt_roads").keySet()).isSubsetOf("r-0", "r-1", "r-2", "r-3", "r-4");
      assertThat(layers.get("vt_roads").get("r-2"))
          .containsEntry("name", "路2")
          .containsEntry("lanes", 4L)
          .containsEntry("id", "r-2");
      // .pbf is the same tile; a matching If-None-Match is 304 without a body.
      Reply pbf = get(path.replace(".mvt", ".pbf"));
      assertThat(pbf.body()).isEqualTo(r.body());
      Reply again = get(path, "If-None-Match", r.header("ETag"));
      assertThat(again.status()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(again.header("ETag")).isEqualTo(r.header("ETag"));
      assertThat(get(path, "If-None-Match", "\"0000\"").status()).isEqualTo(200);
    }
  }

  @Test
  void restrictedTilesetsAreUnknownToCallersWhoMayNotReadThem() throws Exception {
    String path = "/tiles/vt_pipes/c/" + xyz("c", "16", 116.101, 24.302) + ".mvt";
    Reply anonymous = get(path);
    Reply unknown = get(path.replace("vt_pipes", "vt_nothing"));
    assertThat(anonymous.status()).isEqualTo(404).isEqualTo(unknown.status());
    assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).doesNotContain("燃气");
    Reply signedIn = get(path, admin());
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.header("Cache-Control")).startsWith("private");
    var pipes = decode(signedIn.body()).get("vt_pipes");
    assertThat(pipes).containsKey("2");
    assertThat(pipes.keySet()).isSubsetOf("1", "2", "3");
    assertThat(pipes.get("2")).containsEntry("material", "PE").doesNotContainKey("id");
    // Outside the matrix, an unknown level: 404 as a missing file would be.
    assertThat(get("/tiles/vt_roads/c/1/9/0.mvt").status()).isEqualTo(404);
    assertThat(get("/tiles/vt_roads/c/25/0/0.mvt").status()).isEqualTo(404);
    // The OGC API hides it the same way.
    assertThat(get("/ogcapi/collections/vt_pipes/tiles").status()).isEqualTo(404);
    assertThat(get("/ogcapi/collections/vt_pipes/tiles", admin()).status()).isEqualTo(200);
  }

  @Test
  void ogcApiVectorTilesetsDescribeTheirLayersAndServeTheSameTiles() throws Exception {
    JsonNode list = get("/ogcapi/collections/vt_roads/tiles").json();
    assertThat(list.get("tilesets").size()).isEqualTo(TileMatrixSets.standard().all().size());
    assertThat(list.get("tilesets").get(0).get("dataType").asText()).isEqualTo("vector");
    JsonNode ts = get("/ogcapi/collections/vt_roads/tiles/c").json();
    assertThat(ts.get("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4490");
    JsonNode layer = ts.get("layers").get(0);
    assertThat(layer.get("id").asText()).isEqualTo("vt_roads");
    assertThat(layer.get("geometryDimension").asInt()).isEqualTo(1);
    assertThat(layer.at("/propertiesSchema/properties/lanes/type").asText()).isEqualTo("number");
    assertThat(layer.at("/propertiesSchema/properties/name/title").asText()).isEqualTo("道路名称");
    String template = null;
    for (JsonNode l : ts.get("links")) {
      if (l.get("rel").asText().equals("item")) {
        template = l.get("href").asText();
        assertThat(l.get("type").asText()).isEqualTo("application/vnd.mapbox-vector-tile");
      }
    }
    assertThat(template)
        .endsWith("/ogcapi/collections/vt_roads/tiles/c/{tileMatrix}/{tileRow}/{tileCol}");
    String zrc = zRowCol("c", "16", 116.101, 24.302);
    Reply ogc = get("/ogcapi/collections/vt_roads/tiles/c/" + zrc);
    Reply xyz = get("/tiles/vt_roads/c/" + xyz("c", "16", 116.101, 24.302) + ".mvt");
    assertThat(ogc.status()).isEqualTo(200);
    assertThat(ogc.header("Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
    assertThat(decode(ogc.body())).isEqualTo(decode(xyz.body()));
    assertThat(ogc.header("ETag")).isEqualTo(xyz.header("ETag"));
    assertThat(
            get("/ogcapi/collections/vt_roads/tiles/c/" + zrc, "If-None-Match", ogc.header("ETag"))
                .status())
        .isEqualTo(304);
    assertThat(get("/ogcapi/conformance").json().toString())
        .contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt");
    // The combined base map holds every base layer readable by the caller.
    Reply basemap =
        get(
            "/ogcapi/tiles/WebMercatorQuad/" + zRowCol("WebMercatorQuad", "15", 116.101, 24.302),
            admin());
    assertThat(basemap.status()).isEqualTo(200);
    assertThat(decode(basemap.body())).containsKey("vt_roads");
  }

  @Test
  void pastDateTilesShowTheRoadBeforeItsEdit() throws Exception {
    String path =
        "/tiles/vt_roads/WebMercatorQuad/" + xyz("WebMercatorQuad", "15", 116.101, 24.302) + ".mvt";
    Instant before = loaded;
    store.apply(
        "vt_roads",
        List.of(
            FeatureEdit.update(
                "r-4", line(116.099, 24.304, 116.103, 24.3045), Map.of("name", "新路", "lanes", 6))),
        EditContext.by("test"));
    var now = decode(get(path).body()).get("vt_roads");
    var past = decode(get(path + "?time=" + before).body()).get("vt_roads");
    assertThat(now.get("r-4")).containsEntry("name", "新路");
    assertThat(past.get("r-4")).containsEntry("name", "路4").containsEntry("lanes", 6L);
    assertThat(get(path + "?time=yesterday").status()).isEqualTo(400);
  }
}
