package cn.onemap.portal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import cn.onemap.loaders.Sources;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceOptions;
import cn.onemap.loaders.source.SourceRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Downloads over real HTTP from the running portal (REST {@code f=}, WFS {@code outputFormat}, OGC
 * API {@code f=} and Accept), each file re-read by our own data-loaders readers and by GDAL ({@code
 * ogrinfo}, {@code ogr2ogr}): counts, a Chinese value, the declared CRS and a coordinate against
 * gis-core's transform. {@code onemap.limits.max-features} is 5, so the six sites are one too many
 * for a download without bbox or limit.
 *
 * <pre>
 *   ex_sites  (public POINT)   s0..s5 at (116.10 + 0.01 i, 24.30), name 梅州站i, s0 梅州东站
 *   ex_mixed  (public GEOMETRY) m-point, m-line, m-polygon; m-point renamed 点 → 新点 after
 *             {@link #beforeRename}
 *   ex_pipes  (RESTRICTED LINESTRING) p1, p2
 * </pre>
 */
abstract class ExportsHttpBase {
  static final String ADMIN_PASSWORD = "admin-password-for-exports";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Charset GBK = Charset.forName("GBK");
  static final String FIRST_NAME = "梅州东站";

  abstract int port();

  @Autowired FeatureStore store;

  @BeforeEach
  void layers() {
    synchronized (ExportsHttpBase.class) {
      if (store.layer("ex_pipes").isPresent()) {
        return;
      }
      store.createLayer(
          LayerDefinition.of(
                  "ex_sites",
                  "测试站点",
                  LayerKind.BASE,
                  GeometryType.POINT,
                  List.of(
                      AttributeDefinition.required("name", AttributeType.STRING, "名称"),
                      AttributeDefinition.optional(
                          "description_long", AttributeType.STRING, "详细说明"),
                      AttributeDefinition.optional(
                          "description_short", AttributeType.STRING, "简要说明"),
                      AttributeDefinition.optional("height", AttributeType.DOUBLE, "高度"),
                      AttributeDefinition.optional("floors", AttributeType.INTEGER, "层数"),
                      AttributeDefinition.optional("built", AttributeType.DATE, "建成日期")))
              .withAccessLevel(AccessLevel.PUBLIC));
      store.createLayer(
          LayerDefinition.of(
                  "ex_mixed",
                  "混合要素",
                  LayerKind.BASE,
                  GeometryType.GEOMETRY,
                  List.of(AttributeDefinition.required("name", AttributeType.STRING, "名称")))
              .withAccessLevel(AccessLevel.PUBLIC));
      store.createLayer(
          LayerDefinition.of(
                  "ex_pipes",
                  "测试燃气管线",
                  LayerKind.PIPELINE,
                  GeometryType.LINESTRING,
                  List.of(AttributeDefinition.optional("material", AttributeType.STRING, "材质")))
              .withAccessLevel(AccessLevel.RESTRICTED));
      var sites = new ArrayList<FeatureEdit>();
      for (int i = 0; i < 6; i++) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", i == 0 ? FIRST_NAME : "梅州站" + i);
        v.put("description_long", "站点说明, 含逗号和\"引号\" " + i);
        v.put("description_short", i % 2 == 0 ? "=SUM(A1)" : "-" + i);
        v.put("height", 12.5 + i);
        v.put("floors", 3 + i);
        v.put("built", LocalDate.of(2016 + i, 5, 1));
        sites.add(FeatureEdit.insert("s" + i, geom(point(i)), v));
      }
      store.apply("ex_sites", sites, EditContext.by("test"));
      store.apply(
          "ex_mixed",
          List.of(
              FeatureEdit.insert("m-point", geom("POINT (116.1 24.3)"), Map.of("name", "点")),
              FeatureEdit.insert(
                  "m-line", geom("LINESTRING (116.1 24.3, 116.11 24.31)"), Map.of("name", "线")),
              FeatureEdit.insert(
                  "m-polygon",
                  geom(
                      "POLYGON ((116.1 24.3, 116.11 24.3, 116.11 24.31, 116.1 24.31, 116.1 24.3))"),
                  Map.of("name", "面"))),
          EditContext.by("test"));
      sleep();
      beforeRename = java.time.Instant.now();
      sleep();
      store.apply(
          "ex_mixed",
          List.of(FeatureEdit.update("m-point", geom("POINT (116.1 24.3)"), Map.of("name", "新点"))),
          EditContext.by("test"));
      store.apply(
          "ex_pipes",
          List.of(
              FeatureEdit.insert(
                  "p1", geom("LINESTRING (116.1 24.3, 116.2 24.3)"), Map.of("material", "PE")),
              FeatureEdit.insert(
                  "p2", geom("LINESTRING (116.1 24.31, 116.2 24.31)"), Map.of("material", "钢"))),
          EditContext.by("test"));
    }
  }

  static java.time.Instant beforeRename;

  static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String point(int i) {
    return String.format(Locale.ROOT, "POINT (%.2f 24.30)", 116.10 + 0.01 * i);
  }

  static Geometry geom(String wkt) {
    return GeometryCodec.cgcs2000().fromWkt(wkt);
  }

  /** s0 in EPSG:4548 as gis-core transforms it. */
  static Point s0In4548() {
    return (Point) Transforms.get("EPSG:4490", "EPSG:4548").transform(geom(point(0)));
  }

  // ---------------------------------------------------------------- REST

  @Test
  void csvHasBomChineseHeaderAndWkt() throws Exception {
    Reply r = get("/api/layers/ex_sites/features?f=csv&bbox=116.0,24.0,116.135,25.0");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("text/csv");
    assertThat(r.header("content-disposition"))
        .contains("attachment")
        .contains("filename*=UTF-8''" + URLEncoder.encode("测试站点.csv", StandardCharsets.UTF_8));
    assertThat(r.body()).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("\uFEFFid,name,description_long,description_short,height,floors,built,x,y,wkt");
    // formula protection for text, numbers untouched
    assertThat(text).contains("'=SUM(A1)").contains(",-1,").contains(FIRST_NAME);
    assertThat(text).contains("\"站点说明, 含逗号和\"\"引号\"\" 0\"");
    Path file = save(r, "sites.csv");
    List<SourceRecord> rows = read(file);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).values().get("name")).isEqualTo(FIRST_NAME);
    Point p = (Point) rows.get(0).geometry().orElseThrow();
    assertThat(p.getX()).isCloseTo(116.10, within(1e-9));
    assertThat(gdalCount(file.toString(), "-oo", "GEOM_POSSIBLE_NAMES=wkt")).isEqualTo(4);
    Reply labels = get("/api/layers/ex_sites/features?f=csv&headers=labels&limit=1");
    assertThat(new String(labels.body(), StandardCharsets.UTF_8))
        .startsWith("\uFEFF编号,名称,详细说明,简要说明,高度,层数,建成日期,x,y,wkt\r\n");
  }

  @Test
  void restDownloadsReReadInEpsg4548() throws Exception {
    Point expected = s0In4548();
    for (String f : List.of("geojson", "gpkg", "shp")) {
      Reply r = get("/api/layers/ex_sites/features?f=" + f + "&crs=EPSG:4548&limit=5");
      assertThat(r.status()).as(f).isEqualTo(200);
      Path file =
          f.equals("shp") ? unzip(r, "sites-" + f).resolve("ex_sites.shp") : save(r, "sites." + f);
      List<SourceRecord> rows = read(file);
      assertThat(rows).as(f).hasSize(5);
      assertThat(rows.get(0).values().get("name")).as(f).isEqualTo(FIRST_NAME);
      Point p = (Point) rows.get(0).geometry().orElseThrow();
      assertThat(p.getX()).as(f).isCloseTo(expected.getX(), within(0.001));
      assertThat(p.getY()).as(f).isCloseTo(expected.getY(), within(0.001));
      try (FeatureSource s = Sources.open(file, SourceOptions.detect())) {
        assertThat(s.declaredCrs().orElseThrow().code()).as(f).isEqualTo("EPSG:4548");
      }
      String info = ogrinfo(file.toString());
      assertThat(info).as(f).contains("Feature Count: 5").contains("CGCS2000");
      JsonNode gdal = ogr2ogr(file.toString());
      assertThat(gdal.get("features")).as(f).hasSize(5);
      JsonNode first = feature(gdal, FIRST_NAME);
      assertThat(first.at("/geometry/coordinates/0").asDouble())
          .as(f)
          .isCloseTo(expected.getX(), within(0.001));
      assertThat(first.at("/geometry/coordinates/1").asDouble())
          .as(f)
          .isCloseTo(expected.getY(), within(0.001));
      assertThat(first.at("/properties/height").asDouble()).as(f).isEqualTo(12.5);
    }
  }

  @Test
  void shapefileFieldNamesPrjAndNotes() throws Exception {
    Reply r = get("/api/layers/ex_sites/features?f=shp&crs=EPSG:4548&limit=5");
    assertThat(r.header("content-type")).isEqualTo("application/zip");
    Map<String, byte[]> zip = entries(r.body());
    assertThat(zip.keySet())
        .containsExactlyInAnyOrder(
            "ex_sites.shp",
            "ex_sites.shx",
            "ex_sites.dbf",
            "ex_sites.prj",
            "ex_sites.cpg",
            "export-notes.txt");
    assertThat(new String(zip.get("ex_sites.prj"), StandardCharsets.US_ASCII))
        .startsWith("PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\"")
        .contains("Gauss_Kruger");
    assertThat(new String(zip.get("ex_sites.cpg"), StandardCharsets.US_ASCII)).isEqualTo("UTF-8");
    String notes = new String(zip.get("export-notes.txt"), StandardCharsets.UTF_8);
    assertThat(notes)
        .contains("descriptio\tdescription_long")
        .contains("descript_1\tdescription_short");
    JsonNode gdal = ogr2ogr(unzip(r, "sites-names").resolve("ex_sites.shp").toString());
    assertThat(feature(gdal, FIRST_NAME).at("/properties/descript_1").asText())
        .isEqualTo("=SUM(A1)");
    assertThat(feature(gdal, FIRST_NAME).at("/properties/built").asText()).isEqualTo("2016-05-01");
  }

  @Test
  void gbkShapefileDecodesWithGbk() throws Exception {
    Reply r = get("/api/layers/ex_sites/features?f=shp&charset=GBK&limit=5");
    assertThat(r.status()).isEqualTo(200);
    Map<String, byte[]> zip = entries(r.body());
    assertThat(new String(zip.get("ex_sites.cpg"), StandardCharsets.US_ASCII)).isEqualTo("GBK");
    byte[] dbf = zip.get("ex_sites.dbf");
    assertThat(indexOf(dbf, FIRST_NAME.getBytes(GBK))).isPositive();
    assertThat(indexOf(dbf, FIRST_NAME.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    Path shp = unzip(r, "sites-gbk").resolve("ex_sites.shp");
    try (FeatureSource s = Sources.open(shp, SourceOptions.detect())) {
      assertThat(s.encoding().orElseThrow().charset().name()).isEqualTo("GBK");
      assertThat(s.next().values().get("name")).isEqualTo(FIRST_NAME);
    }
    assertThat(feature(ogr2ogr(shp.toString()), FIRST_NAME).at("/properties/floors").asInt())
        .isEqualTo(3);
  }

  @Test
  void kmlIsLonLatWithExtendedData() throws Exception {
    Reply r = get("/api/layers/ex_sites/features?f=kml&limit=5");
    assertThat(r.header("content-type")).startsWith("application/vnd.google-earth.kml+xml");
    String kml = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(kml)
        .contains("<name>" + FIRST_NAME + "</name>")
        .contains("<displayName>名称</displayName>");
    Path file = save(r, "sites.kml");
    assertThat(ogrinfo(file.toString())).contains("Feature Count: 5");
    JsonNode first = feature(ogr2ogr(file.toString()), FIRST_NAME);
    assertThat(first.at("/geometry/coordinates/0").asDouble()).isCloseTo(116.10, within(1e-6));
    assertThat(first.at("/geometry/coordinates/1").asDouble()).isCloseTo(24.30, within(1e-6));
  }

  @Test
  void mixedGeometriesGiveOneShapefilePerType() throws Exception {
    Reply r = get("/api/layers/ex_mixed/features?f=shp");
    Path dir = unzip(r, "mixed");
    for (String t : List.of("point", "line", "polygon")) {
      Path shp = dir.resolve("ex_mixed_" + t + ".shp");
      assertThat(read(shp)).as(t).hasSize(1);
      assertThat(ogrinfo(shp.toString())).as(t).contains("Feature Count: 1");
    }
  }

  @Test
  void selectionPropertiesAndLimits() throws Exception {
    Reply tooMany = get("/api/layers/ex_sites/features?f=gpkg");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("message").asText()).contains("超过单次导出上限 5");
    Reply chosen = get("/api/layers/ex_sites/features?f=geojson&ids=s1,s4&properties=name");
    JsonNode fc = chosen.json();
    assertThat(fc.get("features")).hasSize(2);
    assertThat(fc.at("/features/0/properties").size()).isEqualTo(1);
    assertThat(fc.at("/features/0/properties/height").isMissingNode()).isTrue();
    assertThat(fc.at("/crs/properties/name").asText()).isEqualTo("urn:ogc:def:crs:EPSG::4490");
    Reply accept =
        get("/api/layers/ex_sites/features?bbox=116.0,24.0,116.115,25.0", "Accept", "text/csv");
    assertThat(accept.header("content-type")).startsWith("text/csv");
    assertThat(new String(accept.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(3);
    assertThat(get("/api/layers/ex_sites/features?f=xls").status()).isEqualTo(400);
    assertThat(get("/api/layers/ex_sites/features?f=csv&crs=EPSG:9999").status()).isEqualTo(400);
  }

  @Test
  void restrictedLayerIsRefusedToAnonymous() throws Exception {
    assertThat(get("/api/layers/ex_pipes/features?f=shp").status()).isEqualTo(404);
    assertThat(get("/ogcapi/collections/ex_pipes/items?f=csv").status()).isEqualTo(404);
    Reply wfs = get(wfs("ex_pipes", "csv", ""));
    assertThat(wfs.status()).isEqualTo(400);
    assertThat(new String(wfs.body(), StandardCharsets.UTF_8)).contains("ExceptionReport");
    Reply signedIn = get("/api/layers/ex_pipes/features?f=csv", admin());
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(new String(signedIn.body(), StandardCharsets.UTF_8)).contains("钢");
  }

  @Test
  void asOfAppliesToEveryProtocol() throws Exception {
    String t = enc(beforeRename.toString());
    List<String> urls =
        List.of(
            "/api/layers/ex_mixed/features?f=csv&asOf=" + t,
            "/ogcapi/collections/ex_mixed/items?f=csv&datetime=" + t,
            wfs("ex_mixed", "csv", "&TIME=" + t));
    for (String url : urls) {
      String then = new String(get(url).body(), StandardCharsets.UTF_8);
      assertThat(then).as(url).contains("m-point,点,").doesNotContain("新点");
    }
    String now =
        new String(get("/api/layers/ex_mixed/features?f=csv").body(), StandardCharsets.UTF_8);
    assertThat(now).contains("m-point,新点,");
  }

  // ---------------------------------------------------------------- WFS

  @Test
  void wfs11GetFeatureDownloads() throws Exception {
    Reply r =
        get(
            "/ows?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=onemap:ex_mixed"
                + "&OUTPUTFORMAT=application/vnd.google-earth.kml%2Bxml");
    assertThat(r.status()).isEqualTo(200);
    assertThat(ogrinfo(save(r, "wfs11.kml").toString())).contains("Feature Count: 3");
  }

  @Test
  void wfsOutputFormats() throws Exception {
    String caps =
        new String(
            get("/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities").body(),
            StandardCharsets.UTF_8);
    assertThat(caps)
        .contains("<ows:Value>SHAPE-ZIP</ows:Value>")
        .contains("application/geopackage+sqlite3");
    Map<String, String> types =
        Map.of(
            "SHAPE-ZIP", "application/zip",
            "application/geopackage+sqlite3", "application/geopackage+sqlite3",
            "KML", "application/vnd.google-earth.kml+xml",
            "csv", "text/csv");
    for (var e : types.entrySet()) {
      Reply r = get(wfs("ex_sites", e.getKey(), "&COUNT=5&SRSNAME=EPSG:4548"));
      assertThat(r.status()).as(e.getKey()).isEqualTo(200);
      assertThat(r.header("content-type")).as(e.getKey()).startsWith(e.getValue());
      assertThat(r.header("content-disposition")).contains("attachment");
    }
    Path gpkg =
        save(
            get(wfs("ex_sites", "application/geopackage+sqlite3", "&COUNT=5&SRSNAME=EPSG:4548")),
            "wfs.gpkg");
    List<SourceRecord> rows = read(gpkg);
    assertThat(rows).hasSize(5);
    assertThat(((Point) rows.get(0).geometry().orElseThrow()).getX())
        .isCloseTo(s0In4548().getX(), within(0.001));
    // BBOX applies (and is needed: 6 sites are over the limit of 5)
    Reply all = get(wfs("ex_sites", "SHAPE-ZIP", ""));
    assertThat(all.status()).isEqualTo(400);
    assertThat(new String(all.body(), StandardCharsets.UTF_8)).contains("超过单次导出上限");
    Reply box = get(wfs("ex_sites", "SHAPE-ZIP", "&BBOX=116.0,24.0,116.125,25.0,EPSG:4490"));
    assertThat(read(unzip(box, "wfs-box").resolve("ex_sites.shp"))).hasSize(3);
    Reply cql = get(wfs("ex_sites", "csv", "&CQL_FILTER=" + enc("floors >= 7")));
    assertThat(new String(cql.body(), StandardCharsets.UTF_8).lines().count()).isEqualTo(3);
    Reply gbk = get(wfs("ex_sites", "SHAPE-ZIP", "&COUNT=5&FORMAT_OPTIONS=charset:GBK"));
    assertThat(new String(entries(gbk.body()).get("ex_sites.cpg"), StandardCharsets.US_ASCII))
        .isEqualTo("GBK");
  }

  // ---------------------------------------------------------------- OGC API

  @Test
  void ogcApiItemsDownloads() throws Exception {
    Reply gpkg =
        get(
            "/ogcapi/collections/ex_sites/items?f=gpkg&limit=5&crs="
                + enc("http://www.opengis.net/def/crs/EPSG/0/4548"));
    assertThat(gpkg.status()).isEqualTo(200);
    Path file = save(gpkg, "api.gpkg");
    assertThat(ogrinfo(file.toString())).contains("Feature Count: 5").contains("CGCS2000");
    Reply csv =
        get(
            "/ogcapi/collections/ex_sites/items?bbox=116.0,24.0,116.125,25.0",
            "Accept",
            "text/csv");
    assertThat(csv.header("content-type")).startsWith("text/csv");
    assertThat(read(save(csv, "api.csv"))).hasSize(3);
    Reply filtered = get("/ogcapi/collections/ex_sites/items?f=kml&filter=" + enc("floors < 5"));
    assertThat(ogrinfo(save(filtered, "api.kml").toString())).contains("Feature Count: 2");
    assertThat(get("/ogcapi/collections/ex_sites/items?f=shp").status()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- helpers

  static String wfs(String layer, String format, String extra) {
    return "/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:"
        + layer
        + "&OUTPUTFORMAT="
        + enc(format)
        + extra;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  record Reply(int status, Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  Reply get(String path, String... headers) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    var h = new TreeMap<String, String>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    return new Reply(r.statusCode(), h, r.body());
  }

  static String[] admin() {
    String token =
        java.util.Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return new String[] {"Authorization", "Basic " + token};
  }

  static Path save(Reply r, String name) throws Exception {
    assertThat(r.status())
        .as(name + ": " + new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    Path dir = Files.createTempDirectory("onemap-exports-it-");
    return Files.write(dir.resolve(name), r.body());
  }

  static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static Path unzip(Reply r, String name) throws Exception {
    assertThat(r.status())
        .as(name + ": " + new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    Path dir = Files.createTempDirectory("onemap-exports-" + name + "-");
    for (var e : entries(r.body()).entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    return dir;
  }

  static List<SourceRecord> read(Path file) {
    List<SourceRecord> out = new ArrayList<>();
    try (FeatureSource s = Sources.open(file, SourceOptions.detect())) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String run(String... command) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("nice", "-n", "19"));
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
    return out;
  }

  static String ogrinfo(String file) throws Exception {
    return run("ogrinfo", "-ro", "-al", "-so", file);
  }

  static int gdalCount(String file, String... options) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-so"));
    cmd.addAll(List.of(options));
    cmd.add(file);
    String out = run(cmd.toArray(String[]::new));
    var m = java.util.regex.Pattern.compile("Feature Count: (\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** The file as GeoJSON by ogr2ogr, coordinates in the file's own CRS. */
  static JsonNode ogr2ogr(String file) throws Exception {
    Path out = Files.createTempDirectory("onemap-exports-gdal-").resolve("out.geojson");
    run("ogr2ogr", "-f", "GeoJSON", out.toString(), file);
    return JSON.readTree(Files.readAllBytes(out));
  }

  static JsonNode feature(JsonNode fc, String name) {
    for (JsonNode f : fc.get("features")) {
      if (name.equals(f.at("/properties/name").asText())
          || name.equals(f.at("/properties/Name").asText())) {
        return f;
      }
    }
    throw new AssertionError("no feature named " + name + " in " + fc);
  }
}
