package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tile endpoints of the running portal on the small sample city: WMTS tiles equal the WMS map
 * of the same extent, restricted tilesets are unknown to anonymous callers and private to those who
 * may read them, ETag/304, a Tianditu client URL with only the host changed, and real clients from
 * Debian: GDAL's WMTS driver (gdalinfo of the capabilities, gdal_translate of one level) and
 * OWSLib's {@code WebMapTileService}.
 */
class TileServicesIT extends SampleCityTestBase {
  /** A point in the small city's centre (buildings and roads around it). */
  static final double LON = 116.112;

  static final double LAT = 24.288;

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  record Got(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    BufferedImage image() throws Exception {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(body));
      assertThat(img).as("an image: " + contentType).isNotNull();
      return img;
    }
  }

  Got get(String path, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> resp = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Got(
        resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(""), resp.body(), resp);
  }

  static String admin() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static TileRange tileAt(TileMatrix m, double lon, double lat) {
    return m.tileAt(lon, lat);
  }

  static String kvpTile(String layer, String set, String level, TileRange t) {
    return "SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
        + layer
        + "&STYLE=default&TILEMATRIXSET="
        + set
        + "&FORMAT=image/png&TILEMATRIX="
        + level
        + "&TILEROW="
        + t.minRow()
        + "&TILECOL="
        + t.minCol();
  }

  @Test
  void aWmtsTileEqualsTheWmsMapOfItsExtent() throws Exception {
    TileMatrix m = TileMatrixSets.standard().c().matrix("17").orElseThrow();
    TileRange t = tileAt(m, LON, LAT);
    var e = m.tileEnvelope(t.minRow(), t.minCol());
    Got tile = get("/wmts?" + kvpTile("buildings", "c", "17", t));
    assertThat(tile.status()).as(tile.text()).isEqualTo(200);
    Got map =
        get(
            "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=buildings&STYLES=&SRS=EPSG:4490"
                + "&BBOX="
                + e.getMinX()
                + ","
                + e.getMinY()
                + ","
                + e.getMaxX()
                + ","
                + e.getMaxY()
                + "&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE");
    assertThat(map.status()).isEqualTo(200);
    BufferedImage a = tile.image();
    BufferedImage b = map.image();
    int drawn = 0;
    int differ = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        drawn += (p >>> 24) > 0 ? 1 : 0;
        if (channelDiff(p, q) > 24) {
          differ++;
        }
      }
    }
    assertThat(drawn).as("buildings are drawn in the tile").isGreaterThan(100);
    assertThat(differ).as("pixels differing from the WMS map").isLessThan(256 * 256 / 100);
  }

  private static int channelDiff(int p, int q) {
    int max = 0;
    for (int shift = 0; shift < 32; shift += 8) {
      max = Math.max(max, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
    }
    return max;
  }

  @Test
  void restrictedTilesetsAreUnknownToAnonymousAndPrivateToReaders() throws Exception {
    TileMatrix m = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange t = tileAt(m, LON, LAT);
    String kvp = "/wmts?" + kvpTile("pipe_jp_segments", "c", "16", t);
    String rest = "/wmts/pipe_jp_segments/default/c/16/" + t.minRow() + "/" + t.minCol() + ".png";
    String xyz = "/tiles/pipe_jp_segments/c/16/" + t.minCol() + "/" + t.minRow() + ".png";
    // The admin may read it: the tile is rendered (and cached) first.
    Got allowed = get(rest, "Authorization", admin());
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Cache-Control")).startsWith("private");
    for (String path : new String[] {kvp, rest, xyz}) {
      Got refused = get(path);
      assertThat(refused.status()).as(path).isEqualTo(404);
      assertThat(refused.contentType()).doesNotStartWith("image/");
    }
    Got caps = get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities");
    assertThat(caps.text()).contains("<ows:Identifier>buildings</ows:Identifier>");
    assertThat(caps.text()).doesNotContain("pipe_jp_segments");
    assertThat(get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities", "Authorization", admin()).text())
        .contains("pipe_jp_segments");
  }

  /**
   * Tile GETs without credentials are answered ahead of the security chain; anything that carries a
   * credential still meets it (a wrong password or key is refused, never treated as anonymous).
   */
  @Test
  void onlyCallsWithoutCredentialsSkipTheSecurityChain() throws Exception {
    TileMatrix m = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange t = tileAt(m, LON, LAT);
    String tile = "/tiles/basemap/c/16/" + t.minCol() + "/" + t.minRow() + ".png";
    Got anonymous = get(tile);
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(anonymous.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(anonymous.header("Set-Cookie")).isNull();
    String wrongPassword =
        "Basic "
            + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
    assertThat(get(tile, "Authorization", wrongPassword).status()).isEqualTo(401);
    assertThat(get(tile, "X-API-Key", "om_not_a_key").status()).isEqualTo(401);
    assertThat(get(tile + "?apikey=om_not_a_key").status()).isEqualTo(401);
    // An unknown session is no session: the full chain treats the caller as anonymous.
    assertThat(get(tile, "Cookie", "SESSION=bm9uZQ").status()).isEqualTo(200);
    // HEAD answers as GET does, without the body.
    HttpResponse<byte[]> head =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + tile))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("ETag")).contains(anonymous.header("ETag"));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void etagsAnswer304AndPublicTilesArePublic() throws Exception {
    TileMatrix m = TileMatrixSets.standard().webMercatorQuad().matrix("15").orElseThrow();
    double[] xy = cn.onemap.core.crs.Transforms.get("EPSG:4490", "EPSG:3857").transform(LON, LAT);
    TileRange t = m.tileAt(xy[0], xy[1]);
    String path = "/tiles/basemap/WebMercatorQuad/15/" + t.minCol() + "/" + t.minRow() + ".png";
    Got first = get(path);
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"").endsWith("\"");
    assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
    Got again = get(path, "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(get(path, "If-None-Match", "\"other\"").status()).isEqualTo(200);
    // A signed-in caller gets the same shared tile.
    Got signedIn = get(path, "Authorization", admin(), "If-None-Match", etag);
    assertThat(signedIn.status()).isEqualTo(304);
    // The same tile through WMTS (same cache key) has the same tag.
    String wmts =
        "/wmts/basemap/default/WebMercatorQuad/15/" + t.minRow() + "/" + t.minCol() + ".png";
    assertThat(get(wmts).header("ETag")).isEqualTo(etag);
  }

  @Test
  void aTiandituClientUrlWorksWithOnlyTheHostChanged() throws Exception {
    TileMatrix m = TileMatrixSets.standard().c().matrix("14").orElseThrow();
    TileRange t = tileAt(m, LON, LAT);
    // As Tianditu documents it: lower-case values, FORMAT=tiles, a tk key we ignore.
    String tianditu =
        "/vec_c/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default"
            + "&TILEMATRIXSET=c&FORMAT=tiles&TILEMATRIX=14&TILEROW="
            + t.minRow()
            + "&TILECOL="
            + t.minCol()
            + "&tk=0123456789abcdef";
    Got vec = get(tianditu);
    assertThat(vec.status()).as(vec.text()).isEqualTo(200);
    assertThat(vec.contentType()).isEqualTo("image/png");
    Got ours = get("/wmts?" + kvpTile("basemap", "c", "14", t));
    assertThat(vec.body()).isEqualTo(ours.body());
    Got labels = get(tianditu.replace("/vec_c/", "/cva_c/").replace("LAYER=vec", "LAYER=cva"));
    assertThat(labels.status()).isEqualTo(200);
    assertThat(labels.body()).isNotEqualTo(vec.body());

    // Its capabilities name what Tianditu's name: layer vec, set c only.
    String caps = get("/vec_c/wmts?service=wmts&request=GetCapabilities&tk=x").text();
    assertThat(caps)
        .contains("<ows:Identifier>vec</ows:Identifier>")
        .contains("<ows:Identifier>c</ows:Identifier>")
        .doesNotContain("<ows:Identifier>w</ows:Identifier>")
        .doesNotContain("<ows:Identifier>buildings</ows:Identifier>")
        .contains("/vec_c/wmts/vec/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png");
    String restTile = "/vec_c/wmts/vec/default/c/14/" + t.minRow() + "/" + t.minCol() + ".png";
    assertThat(get(restTile).body()).isEqualTo(vec.body());
    // OWSLib reading Tianditu's service finds and fetches its layer.
    File out = File.createTempFile("owslib-tianditu-", ".png");
    out.deleteOnExit();
    ClientRun r =
        ClientRun.of(
            "/usr/bin/python3",
            "src/test/resources/clients/owslib_wmts.py",
            "http://127.0.0.1:" + port + "/vec_c/wmts?",
            "vec",
            "c",
            "14",
            Long.toString(t.minRow()),
            Long.toString(t.minCol()),
            out.getPath());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.lastJsonLine().get("layers").toString()).isEqualTo("[\"vec\"]");
    assertThat(java.nio.file.Files.readAllBytes(out.toPath())).isEqualTo(vec.body());
  }

  @Test
  void timeGivesTheMapAsItWas() throws Exception {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    String ns =
        "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:fes=\"http://www.opengis.net/fes/2.0\""
            + " xmlns:gml=\"http://www.opengis.net/gml/3.2\""
            + " xmlns:onemap=\"http://onemap.meizhou.gov.cn/onemap\"";
    java.time.Instant before = java.time.Instant.now();
    Thread.sleep(20);
    // A pond far outside the city, where no tile shows anything else.
    Http.Response ins =
        admin.postXml(
            "/wfs",
            "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
                + ns
                + "><wfs:Insert><onemap:water><onemap:geom><gml:MultiSurface gml:id=\"s\""
                + " srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:surfaceMember>"
                + "<gml:Polygon gml:id=\"p\"><gml:exterior><gml:LinearRing><gml:posList>"
                + "24.050 115.850 24.050 115.856 24.056 115.856 24.056 115.850 24.050 115.850"
                + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
                + "</gml:surfaceMember></gml:MultiSurface></onemap:geom>"
                + "<onemap:name>时间测试塘</onemap:name><onemap:kind>坑塘</onemap:kind>"
                + "</onemap:water></wfs:Insert></wfs:Transaction>");
    assertThat(ins.status()).as(ins.body()).isEqualTo(200);
    java.util.regex.Matcher fid =
        java.util.regex.Pattern.compile("rid=\"water\\.([^\"]+)\"").matcher(ins.body());
    assertThat(fid.find()).as(ins.body()).isTrue();
    Thread.sleep(20);
    java.time.Instant inserted = java.time.Instant.now();
    TileMatrix m = TileMatrixSets.standard().c().matrix("15").orElseThrow();
    TileRange t = tileAt(m, 115.853, 24.053);
    String rest = "/wmts/water/default/c/15/" + t.minRow() + "/" + t.minCol() + ".png";
    // Now drawn (and cached, when the portal caches tiles).
    long shownBefore = 0;
    for (int i = 0; i < 50 && shownBefore == 0; i++) {
      shownBefore = drawn(get(rest).image());
      if (shownBefore == 0) {
        Thread.sleep(100); // the cache hears of the insert within its poll interval
      }
    }
    assertThat(shownBefore).as("the new pond").isGreaterThan(50);
    Thread.sleep(20);
    Http.Response del =
        admin.postXml(
            "/wfs",
            "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" "
                + ns
                + "><wfs:Delete typeName=\"onemap:water\"><fes:Filter><fes:ResourceId"
                + " rid=\"water."
                + fid.group(1)
                + "\"/></fes:Filter></wfs:Delete></wfs:Transaction>");
    assertThat(del.body()).contains("<wfs:totalDeleted>1</wfs:totalDeleted>");

    // The cached tile is never served stale: the delete reaches the cache within a second.
    long deadline = System.currentTimeMillis() + 1_000;
    long shown = drawn(get(rest).image());
    while (shown > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      shown = drawn(get(rest).image());
    }
    assertThat(shown).as("deleted now").isZero();
    assertThat(drawn(get(rest + "?time=" + before).image())).as("not yet there").isZero();
    assertThat(drawn(get(rest + "?time=" + inserted).image()))
        .as("while it stood")
        .isGreaterThan(50);
    String kvp = "/wmts?" + kvpTile("water", "c", "15", t) + "&TIME=" + inserted;
    assertThat(drawn(get(kvp).image())).isGreaterThan(50);
    String xyz = "/tiles/water/c/15/" + t.minCol() + "/" + t.minRow() + ".png?time=" + inserted;
    assertThat(drawn(get(xyz).image())).isGreaterThan(50);
  }

  private static long drawn(BufferedImage img) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += (img.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void administratorsExportSeedAndTruncateThroughJobs() throws Exception {
    Http admin = new Http(port).basic("admin", ADMIN_PASSWORD);
    String export =
        "{\"tilesets\":[\"basemap\"],\"tileMatrixSet\":\"WebMercatorQuad\",\"fromLevel\":\"14\","
            + "\"toLevel\":\"15\",\"bbox\":[116.10,24.28,116.12,24.29],"
            + "\"packageFormat\":\"mbtiles\"}";
    assertThat(new Http(port).postJson("/api/tiles/export", export).status()).isEqualTo(401);
    Http.Response bad =
        admin.postJson("/api/tiles/export", export.replace("[116.10,24.28", "[116.20,24.28"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).isEqualTo("BAD_REQUEST");
    assertThat(admin.postJson("/api/tiles/seed", export.replace("basemap", "nosuch")).status())
        .isEqualTo(404);

    Http.Response started = admin.postJson("/api/tiles/export", export);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    assertThat(location).startsWith("/api/tiles/jobs/");
    JsonNode job = waitFor(admin, location);
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.at("/report/progress/rendered").asLong()).isGreaterThan(4);
    Got pkg = get(job.get("packageUrl").asText(), "Authorization", admin());
    assertThat(pkg.status()).isEqualTo(200);
    File mbtiles = File.createTempFile("export-", ".mbtiles");
    mbtiles.deleteOnExit();
    java.nio.file.Files.write(mbtiles.toPath(), pkg.body());
    // GDAL reads the package as a raster: the offline copy is a real MBTiles file.
    ClientRun info = ClientRun.of("gdalinfo", mbtiles.getPath());
    assertThat(info.exit()).as(info.output()).isZero();
    assertThat(info.output()).contains("MBTiles");

    JsonNode cache = admin.get("/api/tiles/cache").json();
    String seed = export.replace(",\"packageFormat\":\"mbtiles\"", "");
    Http.Response seeding = admin.postJson("/api/tiles/seed", seed);
    if (!cache.get("enabled").asBoolean()) {
      // This portal renders every tile: there is no cache to fill.
      assertThat(seeding.status()).isEqualTo(409);
      assertThat(seeding.json().get("error").asText()).isEqualTo("TILE_CACHE_DISABLED");
      return;
    }
    assertThat(seeding.status()).as(seeding.body()).isEqualTo(202);
    assertThat(waitFor(admin, seeding.header("Location")).get("state").asText())
        .isEqualTo("SUCCEEDED");
    long disk = admin.get("/api/tiles/cache").json().at("/stats/diskTiles").asLong();
    assertThat(disk).isGreaterThan(4);
    Http.Response truncating = admin.postJson("/api/tiles/truncate", seed);
    assertThat(truncating.status()).isEqualTo(202);
    assertThat(waitFor(admin, truncating.header("Location")).get("state").asText())
        .isEqualTo("SUCCEEDED");
    assertThat(admin.get("/api/tiles/cache").json().at("/stats/diskTiles").asLong())
        .isLessThan(disk);
  }

  private static JsonNode waitFor(Http http, String location) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonNode j = http.get(location).json();
      String state = j.get("state").asText();
      if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
        return j;
      }
      assertThat(System.currentTimeMillis()).as("job still " + state).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  @Test
  void gdalReadsOurWmts() throws Exception {
    String caps = "WMTS:http://127.0.0.1:" + port + "/wmts?SERVICE=WMTS&REQUEST=GetCapabilities";
    ClientRun info = ClientRun.of("gdalinfo", caps);
    assertThat(info.exit()).as(info.output()).isZero();
    assertThat(info.output())
        .contains("layer=basemap")
        .contains("layer=buildings")
        .contains("tilematrixset=c")
        .doesNotContain("pipe_jp");

    File out = File.createTempFile("gdal-wmts-", ".png");
    out.deleteOnExit();
    // GDAL derives pixel sizes from ScaleDenominator with 0.28 mm pixels, so it reads the OGC
    // quads right; Tianditu's c and w carry Tianditu's own ~96 dpi figures (as Tianditu's
    // capabilities do) and need the resolutions configured in such clients.
    String level =
        "WMTS:http://127.0.0.1:"
            + port
            + "/wmts/1.0.0/WMTSCapabilities.xml,layer=basemap,tilematrixset=WorldCRS84Quad,"
            + "tilematrix=13";
    ClientRun geo = ClientRun.of("gdalinfo", level);
    assertThat(geo.exit()).as(geo.output()).isZero();
    // The level's grid: 0.703125 / 2^13 degrees per pixel over the city's box.
    assertThat(geo.output()).contains("Pixel Size = (0.000085830688477,-0.000085830688477)");
    assertThat(geo.output()).containsPattern("Upper Left\\s+\\(\\s*116\\.09");
    ClientRun translate = ClientRun.of("gdal_translate", "-of", "PNG", level, out.getPath());
    assertThat(translate.exit()).as(translate.output()).isZero();
    BufferedImage img = ImageIO.read(out);
    assertThat(img.getWidth()).isGreaterThanOrEqualTo(300);
    long drawn = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        drawn += (argb >>> 24) > 0 && (argb & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
      }
    }
    assertThat(drawn).as(translate.output()).isGreaterThan(1000);
  }

  @Test
  void owslibListsAndFetchesTiles() throws Exception {
    File out = File.createTempFile("owslib-wmts-", ".png");
    out.deleteOnExit();
    TileMatrix m = TileMatrixSets.standard().c().matrix("16").orElseThrow();
    TileRange t = tileAt(m, LON, LAT);
    ClientRun r =
        ClientRun.of(
            "/usr/bin/python3",
            "src/test/resources/clients/owslib_wmts.py",
            "http://127.0.0.1:" + port + "/wmts?",
            "buildings",
            "c",
            "16",
            Long.toString(t.minRow()),
            Long.toString(t.minCol()),
            out.getPath());
    assertThat(r.exit()).as(r.output()).isZero();
    JsonNode seen = r.lastJsonLine();
    assertThat(seen.get("layers").toString())
        .contains("\"basemap\"", "\"basemap_labels\"", "\"buildings\"")
        .doesNotContain("pipe_");
    assertThat(seen.get("sets").toString())
        .contains("\"c\"", "\"w\"", "\"WorldCRS84Quad\"", "\"WebMercatorQuad\"", "\"MeizhouGK\"");
    assertThat(seen.get("title").asText()).isEqualTo("建筑物");
    assertThat(seen.get("c_levels").asInt()).isEqualTo(20);
    assertThat(seen.get("c_top_left").get(0).asDouble()).isEqualTo(90.0);
    assertThat(seen.get("operations").toString()).contains("GetTile", "GetFeatureInfo");
    assertThat(seen.get("template").asText()).contains("/wmts/buildings/{Style}/");
    BufferedImage img = ImageIO.read(out);
    assertThat(img.getWidth()).isEqualTo(256);
    byte[] direct = get("/wmts?" + kvpTile("buildings", "c", "16", t)).body();
    assertThat(java.nio.file.Files.readAllBytes(out.toPath())).isEqualTo(direct);
  }
}
