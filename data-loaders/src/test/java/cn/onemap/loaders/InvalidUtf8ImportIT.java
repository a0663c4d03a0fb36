package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that declare UTF-8 (a request, a BOM, a .cpg, the GeoPackage standard, JSON) but hold
 * invalid bytes are refused with the row named; nothing is stored, and never a U+FFFD.
 */
class InvalidUtf8ImportIT {
  @TempDir Path dir;

  /** "梅江" in UTF-8 with its middle byte cut: E6 A2 85 E6 B1 9F → E6 A2 85 E6 9F. */
  private static final byte[] BROKEN = {
    (byte) 0xE6, (byte) 0xA2, (byte) 0x85, (byte) 0xE6, (byte) 0x9F
  };

  private static byte[] bytes(String before, String after) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(BROKEN);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void assertRefused(Path file, boolean declareUtf8, String... mentions) {
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = f.store();
      var request =
          ImportRequest.builder(file, "pois").createLayer(NewLayer.of("兴趣点", LayerKind.THEMATIC));
      if (declareUtf8) {
        request.encoding(StandardCharsets.UTF_8);
      }
      assertThatThrownBy(() -> new Importer(store).run(request.build()))
          .isInstanceOf(ImportFailedException.class)
          .hasMessageContaining("UTF-8")
          .hasMessageContaining(mentions[0]);
      assertThat(store.layer("pois")).isEmpty();
    }
  }

  @Test
  void csvDeclaredOrDetectedUtf8() throws Exception {
    // 5,000 good rows first: the bad one lies beyond the detector's sample.
    var good = new StringBuilder("name,x,y\n");
    for (int i = 0; i < 5_000; i++) {
      good.append("梅江区点").append(i).append(",116.1,24.3\n");
    }
    Path csv = dir.resolve("pois.csv");
    Files.write(csv, bytes(good.toString(), "区,116.1,24.3\n"));
    assertRefused(csv, true, "row 5002");
    assertRefused(csv, false, "row 5002");
    // With a BOM too.
    var bom = new ByteArrayOutputStream();
    bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.writeBytes(bytes("name,x,y\n", ",116.1,24.3\n"));
    Files.write(csv, bom.toByteArray());
    assertRefused(csv, false, "row 2");
  }

  @Test
  void geoJson() throws Exception {
    Path json = dir.resolve("pois.geojson");
    Files.write(
        json,
        bytes(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"",
            "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.1,24.3]}}]}"));
    assertRefused(json, false, "line");
  }

  @Test
  void shapefileWithCpgUtf8() throws Exception {
    TestFiles.write(dir, "pois.csv", "name,WKT\nXXXXX,POINT (116.1 24.3)\n");
    TestFiles.ogr2ogr(
        dir,
        "-f",
        "ESRI Shapefile",
        "pois.shp",
        "pois.csv",
        "-oo",
        "GEOM_POSSIBLE_NAMES=WKT",
        "-oo",
        "KEEP_GEOM_COLUMNS=NO",
        "-a_srs",
        "EPSG:4490",
        "-lco",
        "ENCODING=UTF-8");
    assertThat(Files.readString(dir.resolve("pois.cpg")).strip()).isEqualTo("UTF-8");
    Path dbf = dir.resolve("pois.dbf");
    byte[] b = Files.readAllBytes(dbf);
    int at = new String(b, StandardCharsets.ISO_8859_1).indexOf("XXXXX");
    System.arraycopy(BROKEN, 0, b, at, BROKEN.length);
    Files.write(dbf, b);
    assertRefused(dir.resolve("pois.shp"), false, "record 1, field name");
  }

  @Test
  void geoPackageText() throws Exception {
    TestFiles.write(
        dir,
        "pois.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"name\":\"梅江\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.1,24.3]}}]}");
    TestFiles.ogr2ogr(
        dir,
        "-f",
        "GPKG",
        "pois.gpkg",
        "pois.geojson",
        "-nln",
        "pois",
        "-a_srs",
        "EPSG:4490",
        // no R-tree: its triggers call ST_IsEmpty, which plain SQLite lacks for the UPDATE below
        "-lco",
        "SPATIAL_INDEX=NO");
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pois.gpkg"))) {
      c.createStatement().execute("UPDATE pois SET name = CAST(X'E6A285E69F' AS TEXT)");
    }
    assertRefused(dir.resolve("pois.gpkg"), false, "row 1, column name");
  }

  @Test
  void validGbkDeclaredAsSuchStillImports() throws Exception {
    Path csv = dir.resolve("gbk.csv");
    Files.write(csv, "name,x,y\n梅江区,116.1,24.3\n".getBytes("GBK"));
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      var report =
          new Importer(f.store())
              .run(
                  ImportRequest.builder(csv, "pois")
                      .createLayer(NewLayer.of("兴趣点", LayerKind.THEMATIC))
                      .build());
      assertThat(report.inserted()).isEqualTo(1);
      assertThat(f.store().count(FeatureQuery.layer("pois").build())).isEqualTo(1);
    }
  }
}
