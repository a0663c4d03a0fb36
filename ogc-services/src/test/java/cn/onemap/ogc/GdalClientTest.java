package cn.onemap.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.ogc.api.OgcApiFeatures;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.wfs.WfsConfig;
import cn.onemap.ogc.wfs.WfsService;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real third-party client: GDAL's ogrinfo reads the services through a JDK HttpServer around the
 * dispatcher. It fails, never skips, without gdal-bin: scripts/test.sh installs it.
 */
class GdalClientTest {
  static StoreFixture fixture;
  static HttpServer server;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/ogrinfo"))) {
      throw new IllegalStateException("gdal-bin is missing: run the tests with scripts/test.sh");
    }
    fixture = StoreFixture.open(Backend.H2GIS);
    TestLayers.create(fixture.store());
    var ows =
        new OwsDispatcher(List.of(WfsService.descriptor(fixture.store(), WfsConfig.defaults())));
    var api = new OgcApiFeatures(fixture.store(), 1000);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    port = server.getAddress().getPort();
    server.createContext(
        "/ows", ex -> serve(ex, "/ows", r -> ows.handle(r, TestLayers.reader(false))));
    server.createContext(
        "/ogcapi", ex -> serve(ex, "/ogcapi", r -> api.handle(r, TestLayers.reader(false))));
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
      fixture.close();
    }
  }

  interface Handler {
    OgcResponse handle(OgcRequest r);
  }

  static void serve(HttpExchange ex, String mount, Handler h) throws java.io.IOException {
    Map<String, String> kvp = new LinkedHashMap<>();
    String q = ex.getRequestURI().getRawQuery();
    if (q != null) {
      for (String pair : q.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          kvp.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    String path = ex.getRequestURI().getPath().substring(mount.length());
    boolean post = ex.getRequestMethod().equals("POST");
    var req =
        new OgcRequest(
            ex.getRequestMethod(),
            path,
            kvp,
            post ? Optional.of(ex.getRequestBody()) : Optional.empty(),
            Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")),
            Optional.ofNullable(ex.getRequestHeaders().getFirst("Accept")),
            "http://127.0.0.1:" + port + mount);
    OgcResponse r = h.handle(req);
    ex.getResponseHeaders().set("Content-Type", r.contentType());
    r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(r.status(), 0);
    try (OutputStream out = ex.getResponseBody()) {
      r.body().writeTo(out);
    }
  }

  static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void ogrinfoReadsWfs() throws Exception {
    String out = run("ogrinfo", "-ro", "-al", "WFS:http://127.0.0.1:" + port + "/ows?");
    assertThat(out).contains("onemap:poi").contains("Feature Count: 3").contains("梅州站");
    assertThat(out).contains("POINT (116.1 24.28)");
  }

  @Test
  void ogrinfoReadsOgcApi() throws Exception {
    String out = run("ogrinfo", "-ro", "-al", "OAPIF:http://127.0.0.1:" + port + "/ogcapi");
    assertThat(out).contains("poi").contains("客都大道");
  }

  @Test
  void ogrinfoReadsGaussKrugerNorthingFirstFromAUrnSrsName() throws Exception {
    for (String version : List.of("2.0.0", "1.1.0")) {
      String out =
          run(
              "ogrinfo",
              "-ro",
              "-al",
              "-where",
              "name = '梅州站'",
              "WFS:http://127.0.0.1:"
                  + port
                  + "/ows?VERSION="
                  + version
                  + "&SRSNAME=urn:ogc:def:crs:EPSG::4548",
              "onemap:poi");
      // GDAL swaps a northing-first EPSG URN back to x = easting: right only if we wrote
      // northing first. 梅州站 (116.10E 24.28N) is ~408.6 km E, ~2686.6 km N in CM 117E.
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("POINT \\(([0-9.]+) ([0-9.]+)\\)").matcher(out);
      assertThat(m.find()).as(out).isTrue();
      assertThat(Double.parseDouble(m.group(1))).as(version).isBetween(408_000.0, 409_000.0);
      assertThat(Double.parseDouble(m.group(2))).as(version).isBetween(2_686_000.0, 2_687_000.0);
      assertThat(out).contains("Data axis to CRS axis mapping: 2,1");
    }
  }

  @Test
  void ogrinfoReadsShortEpsgFormEastingFirst() throws Exception {
    String out =
        run(
            "ogrinfo",
            "-ro",
            "-al",
            "-where",
            "name = '梅州站'",
            "WFS:http://127.0.0.1:" + port + "/ows?VERSION=1.1.0&SRSNAME=EPSG:4548",
            "onemap:poi");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("POINT \\(([0-9.]+) ([0-9.]+)\\)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isBetween(408_000.0, 409_000.0);
    assertThat(Double.parseDouble(m.group(2))).isBetween(2_686_000.0, 2_687_000.0);
  }
}
