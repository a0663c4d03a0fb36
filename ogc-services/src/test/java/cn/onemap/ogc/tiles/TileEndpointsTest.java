package cn.onemap.ogc.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.TestLayers;
import cn.onemap.ogc.api.OgcApiFeatures;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.RasterTiles;
import cn.onemap.tiles.tile.StyleLookup;
import cn.onemap.tiles.tile.Tilesets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OGC TileMatrixSet 2.0 JSON, OGC API – Tiles map tiles, XYZ and TileJSON over real tiles. */
class TileEndpointsTest {
  static final AccessPolicy READER = TestLayers.reader(false);
  static final ObjectMapper JSON = new ObjectMapper();
  static StoreFixture fixture;
  static OgcApiFeatures api;
  static XyzTiles xyz;

  @BeforeAll
  static void open() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    Tilesets tilesets = new Tilesets(fixture.store());
    RasterTiles tiles = new RasterTiles(fixture.store(), tilesets, StyleLookup.defaults());
    api =
        new OgcApiFeatures(
            fixture.store(), 1000, List.of(new OgcApiTiles(fixture.store(), tiles, tilesets, 30)));
    xyz = new XyzTiles(fixture.store(), tiles, tilesets, 30);
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static OgcResponse api(String path, String... kv) {
    return api.handle(OgcRequest.get("http://test/ogcapi", path, map(kv)), READER);
  }

  static OgcResponse xyz(String path, String... kv) {
    return xyz.handle(OgcRequest.get("http://test/tiles", path, map(kv)), READER);
  }

  static Map<String, String> map(String... kv) {
    var m = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static byte[] bytes(OgcResponse r) {
    var out = new ByteArrayOutputStream();
    try {
      r.body().writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  static JsonNode json(OgcResponse r) throws IOException {
    assertThat(r.status()).as(new String(bytes(r))).isEqualTo(200);
    return JSON.readTree(bytes(r));
  }

  /** Relative closeness for the registry's 15-digit figures. */
  static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
  }

  @Test
  void webMercatorQuadIsTheOgcRegistryDefinition() throws IOException {
    JsonNode s = json(api("/tileMatrixSets/WebMercatorQuad"));
    assertThat(s.get("id").asText()).isEqualTo("WebMercatorQuad");
    assertThat(s.get("uri").asText())
        .isEqualTo("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad");
    assertThat(s.get("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/3857");
    assertThat(s.get("orderedAxes").toString()).isEqualTo("[\"X\",\"Y\"]");
    assertThat(s.get("wellKnownScaleSet").asText())
        .isEqualTo("http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
    JsonNode m = s.get("tileMatrices");
    assertThat(m.size()).isEqualTo(21);
    close(m.get(0).get("scaleDenominator").asDouble(), 559082264.028717);
    close(m.get(0).get("cellSize").asDouble(), 156543.033928041);
    close(m.get(0).get("pointOfOrigin").get(0).asDouble(), -20037508.3427892);
    close(m.get(0).get("pointOfOrigin").get(1).asDouble(), 20037508.3427892);
    assertThat(m.get(0).get("cornerOfOrigin").asText()).isEqualTo("topLeft");
    close(m.get(18).get("scaleDenominator").asDouble(), 2132.72958384978);
    close(m.get(18).get("cellSize").asDouble(), 0.597164283477938);
    assertThat(m.get(18).get("matrixWidth").asLong()).isEqualTo(262144);
    assertThat(m.get(20).get("tileWidth").asInt()).isEqualTo(256);
  }

  @Test
  void worldCrs84QuadIsTheOgcRegistryDefinition() throws IOException {
    JsonNode s = json(api("/tileMatrixSets/WorldCRS84Quad"));
    assertThat(s.get("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
    assertThat(s.get("orderedAxes").toString()).isEqualTo("[\"Lon\",\"Lat\"]");
    JsonNode z0 = s.get("tileMatrices").get(0);
    close(z0.get("scaleDenominator").asDouble(), 279541132.014358);
    close(z0.get("cellSize").asDouble(), 0.703125);
    assertThat(z0.get("pointOfOrigin").toString()).isEqualTo("[-180.0,90.0]");
    assertThat(z0.get("matrixWidth").asInt()).isEqualTo(2);
    assertThat(z0.get("matrixHeight").asInt()).isEqualTo(1);
    close(s.get("tileMatrices").get(17).get("scaleDenominator").asDouble(), 2132.72958384978);
  }

  @Test
  void tiandituCIsLatitudeFirstWithItsOwnScales() throws IOException {
    JsonNode s = json(api("/tileMatrixSets/c"));
    assertThat(s.get("crs").asText()).isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4490");
    assertThat(s.get("orderedAxes").toString()).isEqualTo("[\"Lat\",\"Lon\"]");
    JsonNode l1 = s.get("tileMatrices").get(0);
    assertThat(l1.get("id").asText()).isEqualTo("1");
    assertThat(l1.get("pointOfOrigin").toString()).isEqualTo("[90.0,-180.0]");
    assertThat(l1.get("scaleDenominator").asDouble()).isEqualTo(2.958293554545656E8);
    JsonNode all = json(api("/tileMatrixSets"));
    List<String> ids = new ArrayList<>();
    all.get("tileMatrixSets").forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).containsExactly("c", "w", "WorldCRS84Quad", "WebMercatorQuad", "MeizhouGK");
    assertThat(api("/tileMatrixSets/nosuch").status()).isEqualTo(404);
  }

  @Test
  void conformanceLandingAndCollectionsAdvertiseTiles() throws IOException {
    assertThat(json(api("/conformance")).get("conformsTo").toString())
        .contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core")
        .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core");
    assertThat(json(api("/")).get("links").toString())
        .contains("http://test/ogcapi/tileMatrixSets");
    assertThat(json(api("/collections/poi")).get("links").toString())
        .contains("http://test/ogcapi/collections/poi/map/tiles");
  }

  @Test
  void mapTilesetsAndTilesOfACollection() throws IOException {
    JsonNode list = json(api("/collections/poi/map/tiles"));
    assertThat(list.get("tilesets").size()).isEqualTo(5);
    JsonNode ts = json(api("/collections/poi/map/tiles/c"));
    assertThat(ts.get("dataType").asText()).isEqualTo("map");
    JsonNode limit = ts.get("tileMatrixSetLimits").get(15);
    assertThat(limit.get("tileMatrix").asText()).isEqualTo("16");
    TileMatrix m16 = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange station = m16.tileAt(116.10, 24.28);
    assertThat(limit.get("minTileCol").asLong()).isLessThanOrEqualTo(station.minCol());
    assertThat(limit.get("maxTileCol").asLong()).isGreaterThanOrEqualTo(station.minCol());
    assertThat(ts.get("links").toString()).contains("{tileMatrix}/{tileRow}/{tileCol}?f=png");

    String tile = "/collections/poi/map/tiles/c/16/" + station.minRow() + "/" + station.minCol();
    OgcResponse png = api(tile);
    assertThat(png.status()).isEqualTo(200);
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.headers().get("Cache-Control")).isEqualTo("public, max-age=30");
    OgcResponse jpeg = api(tile, "f", "jpeg");
    assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
    // The XYZ tile of the same address is the same tile: x = column, y = row.
    byte[] viaXyz = bytes(xyz("/poi/c/16/" + station.minCol() + "/" + station.minRow() + ".png"));
    assertThat(viaXyz).isEqualTo(bytes(png));
    assertThat(api("/collections/poi/map/tiles/c/16/0/" + (m16.matrixWidth())).status())
        .isEqualTo(404);
    assertThat(api("/collections/secret/map/tiles").status()).isEqualTo(404);
    assertThat(api("/collections/poi/map/tiles/c", "foo", "1").status()).isEqualTo(400);
  }

  @Test
  void tileJsonDescribesTheTiles() throws IOException {
    JsonNode tj = json(xyz("/poi/WebMercatorQuad.json"));
    assertThat(tj.get("tilejson").asText()).isEqualTo("3.0.0");
    assertThat(tj.get("tiles").get(0).asText())
        .isEqualTo("http://test/tiles/poi/WebMercatorQuad/{z}/{x}/{y}.png");
    assertThat(tj.get("minzoom").asInt()).isZero();
    assertThat(tj.get("maxzoom").asInt()).isEqualTo(20);
    JsonNode b = tj.get("bounds");
    assertThat(b.get(0).asDouble()).isCloseTo(116.10, within(1e-9));
    assertThat(b.get(3).asDouble()).isCloseTo(24.32, within(1e-9));
    assertThat(tj.get("center").get(2).asInt()).isBetween(10, 20);
    assertThat(tj.get("attribution").asText()).isNotBlank();
    JsonNode c = json(xyz("/poi/c.json", "format", "jpg"));
    assertThat(c.get("minzoom").asInt()).isEqualTo(1);
    assertThat(c.get("tiles").get(0).asText()).endsWith("/poi/c/{z}/{x}/{y}.jpg");
    JsonNode mvt = json(xyz("/poi/WebMercatorQuad.json", "format", "mvt"));
    assertThat(mvt.get("tiles").get(0).asText()).endsWith("/{z}/{x}/{y}.mvt");
    JsonNode vl = mvt.get("vector_layers").get(0);
    assertThat(vl.get("id").asText()).isEqualTo("poi");
    assertThat(vl.get("fields").get("name").asText()).isEqualTo("String");
    assertThat(vl.get("fields").get("level").asText()).isEqualTo("Number");
    assertThat(tj.has("vector_layers")).isFalse();
    assertThat(xyz("/secret/c.json").status()).isEqualTo(404);
    assertThat(xyz("/poi/nosuch.json").status()).isEqualTo(404);
    OgcResponse outside = xyz("/poi/c/1/2/0.png");
    assertThat(outside.status()).isEqualTo(404);
    assertThat(new String(bytes(outside))).contains("\"code\"");
  }
}
