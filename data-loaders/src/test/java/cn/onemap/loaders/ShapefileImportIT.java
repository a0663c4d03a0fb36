package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.text.DetectedEncoding;
import cn.onemap.loaders.text.TextEncodings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Shapefiles written by GDAL's ogr2ogr (a GBK DBF with Chinese names and values, an ESRI .prj for
 * EPSG:4548), read by our own .shp/.dbf reader.
 */
class ShapefileImportIT {
  @TempDir Path dir;

  static final String PARCELS =
      """
      WKT,code,名称,面积,建成
      "POLYGON ((500000 2690000,500100 2690000,500100 2690100,500000 2690100,500000 2690000),(500010 2690010,500010 2690020,500020 2690020,500020 2690010,500010 2690010))",P1,梅江区江南地块,9900.5,2020-05-01
      "POLYGON ((510000 2700000,510050 2700000,510050 2700050,510000 2700000))",P2,兴宁市宁新地块,1250.25,2021-11-30
      """;

  @Test
  void gbkShapefileFromOgr2ogrKeepsChineseTextAndIsTransformedTo4490() throws Exception {
    Path shp = parcels();
    assertThat(dir.resolve("parcels.cpg")).exists();
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = f.store();
      ImportReport r =
          new Importer(store)
              .run(
                  ImportRequest.builder(shp, "parcels")
                      .createLayer(NewLayer.of("地块", LayerKind.THEMATIC))
                      .key("code")
                      .build());

      assertThat(r.inserted()).isEqualTo(2);
      assertThat(r.rejected()).isZero();
      assertThat(r.encoding().orElseThrow().how()).isEqualTo(DetectedEncoding.How.CPG);
      assertThat(r.encoding().orElseThrow().charset()).isEqualTo(TextEncodings.GBK);
      assertThat(r.crs().orElseThrow().code()).isEqualTo("EPSG:4548");
      assertThat(r.crs().orElseThrow().how()).isEqualTo(DetectedCrs.How.PRJ);

      var layer = store.requireLayer("parcels");
      assertThat(layer.geometryType()).isEqualTo(GeometryType.MULTIPOLYGON);
      assertThat(layer.attribute("name").orElseThrow().label()).isEqualTo("名称");
      assertThat(layer.attribute("area").orElseThrow().type()).isEqualTo(AttributeType.DOUBLE);
      assertThat(layer.attributes()).extracting(AttributeDefinition::label).contains("建成");

      Feature p1 = store.get("parcels", "P1").orElseThrow();
      assertThat(p1.attribute("name")).isEqualTo("梅江区江南地块");
      assertThat(p1.attribute("area")).isEqualTo(9900.5);
      assertThat(p1.attributes().values()).contains(LocalDate.of(2020, 5, 1));
      Polygon polygon = (Polygon) p1.geometry().orElseThrow().getGeometryN(0);
      assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
      double[] corner = Transforms.get("EPSG:4548", "EPSG:4490").transform(500_100, 2_690_100);
      assertThat(polygon.getExteriorRing().getCoordinates())
          .anySatisfy(
              c -> {
                assertThat(c.x).isCloseTo(corner[0], within(1e-9));
                assertThat(c.y).isCloseTo(corner[1], within(1e-9));
              });
    }
  }

  @Test
  void withoutCpgTheGbkDbfIsDetected() throws Exception {
    Path shp = parcels();
    Files.delete(dir.resolve("parcels.cpg"));
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      ImportReport r =
          new Importer(f.store())
              .run(
                  ImportRequest.builder(shp, "parcels")
                      .createLayer(NewLayer.of("地块", LayerKind.THEMATIC))
                      .build());
      assertThat(r.encoding().orElseThrow().how()).isEqualTo(DetectedEncoding.How.DETECTED_GBK);
      assertThat(TestFiles.features(f.store(), "parcels"))
          .extracting(x -> x.attribute("name"))
          .containsExactlyInAnyOrder("梅江区江南地块", "兴宁市宁新地块");
      Coordinate first =
          TestFiles.features(f.store(), "parcels").get(0).geometry().orElseThrow().getCoordinate();
      assertThat(first.x).isBetween(116.9, 117.2);
    }
  }

  private Path parcels() throws Exception {
    TestFiles.write(dir, "parcels.csv", PARCELS);
    TestFiles.ogr2ogr(
        dir,
        "-f",
        "ESRI Shapefile",
        "parcels.shp",
        "parcels.csv",
        "-oo",
        "AUTODETECT_TYPE=YES",
        "-oo",
        "GEOM_POSSIBLE_NAMES=WKT",
        "-oo",
        "KEEP_GEOM_COLUMNS=NO",
        "-a_srs",
        "EPSG:4548",
        "-nlt",
        "POLYGON",
        "-lco",
        "ENCODING=GBK");
    return dir.resolve("parcels.shp");
  }
}
