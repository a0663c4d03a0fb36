package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.qc.IssueCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows whose code is not in the attribute's code list are rejected into the QC report. */
class CodeListImportIT {
  @TempDir Path dir;

  static final String PIPES =
      """
      code,category,wkt
      P001,JS,POINT (116.1 24.3)
      P002,XX,POINT (116.2 24.31)
      P003,PS,POINT (116.15 24.32)
      P004,给水,POINT (116.12 24.33)
      """;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void codesOutsideTheListAreQcErrorsAndTheOtherRowsAreWritten(Backend backend) throws Exception {
    Path csv = TestFiles.write(dir, "pipes.csv", PIPES);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      store.putCodeList(
          new CodeList(
              "pipe_category",
              "管线大类",
              "CJJ 61-2017",
              List.of(CodeEntry.of("JS", "给水"), CodeEntry.of("PS", "排水"))));
      store.createLayer(
          LayerDefinition.of(
              "pipe_points",
              "管线点",
              LayerKind.PIPELINE,
              GeometryType.POINT,
              List.of(
                  AttributeDefinition.required("code", AttributeType.STRING, "编号"),
                  AttributeDefinition.required("category", AttributeType.STRING, "管线大类")
                      .withCodeList("pipe_category"))));

      ImportReport r =
          new Importer(store).run(ImportRequest.builder(csv, "pipe_points").key("code").build());

      assertThat(r.status()).isEqualTo(ImportReport.Status.COMMITTED);
      assertThat(r.inserted()).isEqualTo(2);
      assertThat(r.rejected()).isEqualTo(2);
      assertThat(r.issueCounts()).containsEntry(IssueCode.CODE_NOT_IN_LIST, 2L);
      String qc = String.join("\n", TestFiles.qcLines(r.qcReport()));
      assertThat(qc)
          .contains("3,P002,ERROR,CODE_NOT_IN_LIST,代码不在值域中")
          .contains("5,P004,ERROR,CODE_NOT_IN_LIST,代码不在值域中")
          .contains("pipe_category");
      assertThat(TestFiles.features(store, "pipe_points"))
          .extracting(ft -> ft.attribute("category"))
          .containsExactlyInAnyOrder("JS", "PS");
    }
  }
}
