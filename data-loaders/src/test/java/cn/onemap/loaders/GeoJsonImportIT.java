package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.IssueCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written GeoJSON with bad features; repair of a bowtie; the geocoding hook of CSV. */
class GeoJsonImportIT {
  @TempDir Path dir;

  static final String GRIDS =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"code":"G1","area":10000},"geometry":{"type":"Polygon","coordinates":[[[116.10,24.30],[116.11,24.30],[116.11,24.31],[116.10,24.31],[116.10,24.30]]]}},
      {"type":"Feature","properties":{"code":"G2","area":9000},"geometry":{"type":"Polygon","coordinates":[[[116.10,24.30],[116.11,24.31],[116.11,24.30],[116.10,24.31],[116.10,24.30]]]}},
      {"type":"Feature","properties":{"code":"G3","area":"一万"},"geometry":{"type":"Polygon","coordinates":[[[116.12,24.30],[116.13,24.30],[116.13,24.31],[116.12,24.30]]]}},
      {"type":"Feature","properties":{"code":"G4","area":1},"geometry":{"type":"Polygon","coordinates":[[[24.30,116.10],[24.30,116.11],[24.31,116.11],[24.30,116.10]]]}},
      {"type":"Feature","properties":{"code":"G5","area":1},"geometry":{"type":"Polygon","coordinates":[[[116.1,24.3],[116.2,24.3]]]}}
      ]}
      """;

  static LayerDefinition grids() {
    return LayerDefinition.of(
        "unit_grids",
        "单元网格",
        LayerKind.UNIT_GRID,
        GeometryType.MULTIPOLYGON,
        List.of(
            AttributeDefinition.required("code", AttributeType.STRING, "网格编码"),
            AttributeDefinition.optional("area", AttributeType.DOUBLE, "面积")));
  }

  @Test
  void bowtieIsRejectedOrRepairedAsAsked() throws Exception {
    Path file = TestFiles.write(dir, "grids.geojson", GRIDS);
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      f.store().createLayer(grids());
      Importer importer = new Importer(f.store());
      ImportReport strict =
          importer.run(ImportRequest.builder(file, "unit_grids").key("code").build());
      assertThat(strict.crs().orElseThrow().how()).isEqualTo(DetectedCrs.How.RFC7946_DEFAULT);
      assertThat(strict.inserted()).isEqualTo(1);
      assertThat(strict.issueCounts())
          .containsEntry(IssueCode.INVALID_GEOMETRY, 1L) // G2 bowtie
          .containsEntry(IssueCode.INVALID_VALUE, 1L) // G3 area "一万"
          .containsEntry(IssueCode.SWAPPED_AXES, 1L) // G4
          .containsEntry(IssueCode.GEOMETRY_PARSE_ERROR, 1L); // G5 ring of 2 positions

      ImportReport repaired =
          importer.run(ImportRequest.builder(file, "unit_grids").key("code").repair(true).build());
      assertThat(repaired.unchanged()).isEqualTo(1);
      assertThat(repaired.inserted()).isEqualTo(1);
      assertThat(repaired.issueCounts()).containsEntry(IssueCode.GEOMETRY_REPAIRED, 1L);
      var g2 = f.store().get("unit_grids", "G2").orElseThrow().geometry().orElseThrow();
      assertThat(g2.isValid()).isTrue();
      assertThat(g2.getNumGeometries()).isEqualTo(2); // the two triangles of the bowtie
      assertThat(String.join("\n", TestFiles.qcLines(repaired.qcReport())))
          .contains("2,G2,WARNING,GEOMETRY_REPAIRED");
    }
  }
}
