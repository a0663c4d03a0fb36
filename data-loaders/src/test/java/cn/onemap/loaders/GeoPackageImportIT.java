package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.crs.DetectedCrs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Point;

/** GeoPackages written by ogr2ogr from GeoJSON, in EPSG:4490 and reprojected to EPSG:4548. */
class GeoPackageImportIT {
  @TempDir Path dir;

  static final String PARTS =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"objid":"4414020101000001","名称":"上水井盖","deptname":"梅州市水务局","状态":1},"geometry":{"type":"Point","coordinates":[116.1172,24.2891]}},
      {"type":"Feature","properties":{"objid":"4414020101000002","名称":"上水井盖","deptname":"梅州市水务局","状态":2},"geometry":{"type":"Point","coordinates":[116.1181,24.2899]}},
      {"type":"Feature","properties":{"objid":"4414020102000001","名称":"污水井盖","deptname":"梅江区城管局","状态":1},"geometry":{"type":"Point","coordinates":[116.1203,24.2874]}}
      ]}
      """;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void gpkgImportWithKeyIsIdempotent(Backend backend) throws Exception {
    Path gpkg = gpkg("parts.gpkg", "EPSG:4490");
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      Importer importer = new Importer(store);
      ImportRequest request =
          ImportRequest.builder(gpkg, "city_parts")
              .createLayer(NewLayer.of("城市部件", LayerKind.CITY_PART))
              .key("objid")
              .build();
      ImportReport first = importer.run(request);
      assertThat(first.inserted()).isEqualTo(3);
      assertThat(first.crs().orElseThrow().how()).isEqualTo(DetectedCrs.How.GEOPACKAGE);
      assertThat(store.requireLayer("city_parts").attribute("status").orElseThrow().type())
          .isIn(AttributeType.INTEGER, AttributeType.LONG);

      ImportReport second = importer.run(request);
      assertThat(second.status()).isEqualTo(ImportReport.Status.COMMITTED);
      assertThat(second.layerCreated()).isFalse();
      assertThat(second.unchanged()).isEqualTo(3);
      assertThat(second.inserted() + second.updated()).isZero();
      assertThat(store.history("city_parts", "4414020101000001")).hasSize(1);
      Feature f2 = store.get("city_parts", "4414020102000001").orElseThrow();
      assertThat(f2.attribute("name")).isEqualTo("污水井盖");
      assertThat(f2.attribute("deptname")).isEqualTo("梅江区城管局");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void gpkgIn4548IsTransformedBackTo4490(Backend backend) throws Exception {
    Path gpkg = gpkg("parts4548.gpkg", "EPSG:4548");
    try (StoreFixture f = StoreFixture.open(backend)) {
      ImportReport r =
          new Importer(f.store())
              .run(
                  ImportRequest.builder(gpkg, "city_parts")
                      .createLayer(NewLayer.of("城市部件", LayerKind.CITY_PART))
                      .key("objid")
                      .build());
      assertThat(r.crs().orElseThrow().code()).isEqualTo("EPSG:4548");
      Point p =
          (Point)
              f.store()
                  .get("city_parts", "4414020101000001")
                  .orElseThrow()
                  .geometry()
                  .orElseThrow();
      // PROJ (ogr2ogr) forward, our GeoTools inverse: agree far below a millimetre (1e-8 deg ~ 1
      // mm)
      assertThat(p.getX()).isCloseTo(116.1172, within(1e-8));
      assertThat(p.getY()).isCloseTo(24.2891, within(1e-8));
    }
  }

  private Path gpkg(String name, String crs) throws Exception {
    TestFiles.write(dir, "parts.geojson", PARTS);
    List<String> args =
        new ArrayList<>(List.of("-f", "GPKG", name, "parts.geojson", "-nln", "parts"));
    if (!crs.equals("EPSG:4490")) {
      args.addAll(List.of("-s_srs", "EPSG:4490", "-t_srs", crs));
    } else {
      args.addAll(List.of("-a_srs", "EPSG:4490"));
    }
    TestFiles.ogr2ogr(dir, args.toArray(String[]::new));
    return dir.resolve(name);
  }
}
