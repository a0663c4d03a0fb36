package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.text.DetectedEncoding;
import cn.onemap.loaders.text.TextEncodings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Point;

/** CSV imports on both backends: bad rows into the QC report, keys, GBK and Gauss-Krüger x/y. */
class CsvImportIT {
  @TempDir Path dir;

  static final String VALVES =
      """
      code,名称,管径,wkt
      V001,阀门一,100,POINT (116.1 24.3)
      V002,"阀门,二",150,POINT (116.2 24.31)
      V003,坏WKT,100,POINT (116.1
      V004,颠倒,100,POINT (24.3 116.1)
      V005,类型错,abc,POINT (116.3 24.2)
      V001,重复,100,POINT (116.1 24.3)
      ,无键,100,POINT (116.1 24.3)
      V006,越界,100,POINT (0 0)
      V007,多边形,100,"POLYGON ((116 24, 116.1 24, 116.1 24.1, 116 24))"
      """;

  static LayerDefinition valves() {
    return LayerDefinition.of(
        "water_valves",
        "给水阀门",
        LayerKind.PIPELINE,
        GeometryType.POINT,
        List.of(
            AttributeDefinition.required("code", AttributeType.STRING, "编号"),
            AttributeDefinition.optional("name", AttributeType.STRING, "名称"),
            AttributeDefinition.optional("diameter", AttributeType.INTEGER, "管径")));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void badRowsAreRejectedIntoTheQcReportAndGoodOnesWritten(Backend backend) throws Exception {
    Path csv = TestFiles.write(dir, "valves.csv", VALVES);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(valves());
      ImportReport r =
          new Importer(store).run(ImportRequest.builder(csv, "water_valves").key("code").build());

      assertThat(r.status()).isEqualTo(ImportReport.Status.COMMITTED);
      assertThat(r.rowsRead()).isEqualTo(9);
      assertThat(r.inserted()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(7);
      assertThat(r.crs().orElseThrow().code()).isEqualTo("EPSG:4490");
      assertThat(r.crs().orElseThrow().how()).isEqualTo(DetectedCrs.How.GUESSED);
      assertThat(r.encoding().orElseThrow().how()).isEqualTo(DetectedEncoding.How.DETECTED_UTF8);

      Map<String, String> codeByRow =
          TestFiles.qcLines(r.qcReport()).stream()
              .skip(1)
              .map(l -> l.split(",", -1))
              .filter(c -> !c[0].isEmpty())
              .collect(Collectors.toMap(c -> c[0], c -> c[3]));
      assertThat(codeByRow)
          .containsEntry("4", "GEOMETRY_PARSE_ERROR")
          .containsEntry("5", "SWAPPED_AXES")
          .containsEntry("6", "INVALID_VALUE")
          .containsEntry("7", "DUPLICATE_KEY")
          .containsEntry("8", "MISSING_KEY")
          .containsEntry("9", "OUT_OF_EXTENT")
          .containsEntry("10", "WRONG_GEOMETRY_TYPE");
      assertThat(TestFiles.qcLines(r.qcReport()).get(0)).isEqualTo("行号,主键,级别,代码,说明,详细信息");
      assertThat(String.join("\n", TestFiles.qcLines(r.qcReport())))
          .contains("5,V004,ERROR,SWAPPED_AXES,坐标轴顺序颠倒");

      Feature v2 = store.get("water_valves", "V002").orElseThrow();
      assertThat(v2.attributes()).containsEntry("name", "阀门,二").containsEntry("diameter", 150);
      assertThat(r.issueCounts()).containsEntry(IssueCode.SWAPPED_AXES, 1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void reimportWithKeyWritesNoNewVersionsAndFixesSwappedAxesWhenAsked(Backend backend)
      throws Exception {
    Path csv = TestFiles.write(dir, "valves.csv", VALVES);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.createLayer(valves());
      Importer importer = new Importer(store);
      importer.run(ImportRequest.builder(csv, "water_valves").key("code").build());
      ImportReport again =
          importer.run(
              ImportRequest.builder(csv, "water_valves").key("code").fixSwappedAxes(true).build());

      assertThat(again.unchanged()).isEqualTo(2); // V001, V002: identical, no new version
      assertThat(again.inserted()).isEqualTo(1); // V004, swapped back
      assertThat(again.issueCounts()).containsEntry(IssueCode.SWAPPED_AXES_FIXED, 1L);
      assertThat(store.history("water_valves", "V001")).hasSize(1);
      Point v4 = (Point) store.get("water_valves", "V004").orElseThrow().geometry().orElseThrow();
      assertThat(v4.getX()).isEqualTo(116.1);
      assertThat(v4.getY()).isEqualTo(24.3);

      Path changed =
          TestFiles.write(dir, "changed.csv", "code,名称,管径,wkt\nV001,阀门一,200,POINT (116.1 24.3)\n");
      ImportReport third =
          importer.run(ImportRequest.builder(changed, "water_valves").key("code").build());
      assertThat(third.updated()).isEqualTo(1);
      assertThat(store.history("water_valves", "V001")).hasSize(2);
      assertThat(store.get("water_valves", "V001").orElseThrow().attribute("diameter"))
          .isEqualTo(200);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void gbkCsvInGaussKrugerNeedsTheZoneConfirmedThenTransformsTo4490(Backend backend)
      throws Exception {
    double[][] xy = {{499_800.25, 2_688_000.5}, {512_345.0, 2_701_234.75}};
    String text =
        "编号,名称,X坐标,Y坐标\n"
            + "H1,梅江区消防栓,"
            + xy[0][0]
            + ","
            + xy[0][1]
            + "\nH2,兴宁市消防栓,"
            + xy[1][0]
            + ","
            + xy[1][1]
            + "\n";
    Path csv = TestFiles.write(dir, "hydrants.csv", text, TextEncodings.GBK);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      Importer importer = new Importer(store);
      NewLayer spec = NewLayer.of("消防栓", LayerKind.CITY_PART);
      assertThatThrownBy(
              () -> importer.run(ImportRequest.builder(csv, "hydrants").createLayer(spec).build()))
          .isInstanceOfSatisfying(
              ImportFailedException.class,
              e -> {
                assertThat(e.code()).isEqualTo("CRS_CONFIRMATION_REQUIRED");
                assertThat(e.details().get("candidates")).asList().contains("EPSG:4548");
              });
      assertThat(store.layer("hydrants")).isEmpty();

      ImportReport r =
          importer.run(
              ImportRequest.builder(csv, "hydrants")
                  .createLayer(spec)
                  .crs("EPSG:4548")
                  .key("编号")
                  .build());
      assertThat(r.inserted()).isEqualTo(2);
      assertThat(r.layerCreated()).isTrue();
      assertThat(r.encoding().orElseThrow().charset()).isEqualTo(TextEncodings.GBK);
      LayerDefinition layer = store.requireLayer("hydrants");
      assertThat(layer.attributes())
          .extracting(AttributeDefinition::label)
          .containsExactly("编号", "名称");
      assertThat(layer.attributes())
          .extracting(AttributeDefinition::name)
          .containsExactly("code", "name");
      Feature h2 = store.get("hydrants", "H2").orElseThrow();
      assertThat(h2.attribute("name")).isEqualTo("兴宁市消防栓");
      double[] expected = Transforms.get("EPSG:4548", "EPSG:4490").transform(xy[1][0], xy[1][1]);
      Point p = (Point) h2.geometry().orElseThrow();
      assertThat(p.getX()).isCloseTo(expected[0], within(1e-9));
      assertThat(p.getY()).isCloseTo(expected[1], within(1e-9));
    }
  }
}
