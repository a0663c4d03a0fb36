package cn.onemap.loaders.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.TestFiles;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.text.TextEncodings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.LineString;

/**
 * A small rain-water (YS) survey in EPSG:4548, GBK, surveying axes (X = northing), where each CJJ
 * 61 check is triggered by one crafted row:
 *
 * <pre>
 *   YS1 ──300── YS2 ──400── YS3 ──400── YS4        YS2: diameter 300→400 without 变径
 *                                                   YS3→YS4: invert rises (uphill)
 *   YS5 (特征 and 附属物 both)   YS2 again (duplicate)   YS9 (no such point)
 * </pre>
 */
class SurveyImportIT {
  @TempDir Path dir;

  static final String POINTS =
      """
      物探点号,图上点号,特征,附属物,X,Y,地面高程
      YS1,1,,雨水篦,2690000.000,500000.000,100.00
      YS2,2,,检修井,2690000.000,500030.000,99.80
      YS3,3,变径,,2690000.000,500060.000,99.60
      YS4,4,,检修井,2690000.000,500090.000,99.90
      YS5,5,三通,检修井,2690030.000,500090.000,99.90
      YS2,6,,检修井,2690010.000,500030.000,99.80
      """;

  static final String SEGMENTS =
      """
      起点点号,终点点号,起点埋深,终点埋深,管径,材质,埋设方式
      YS1,YS2,1.50,1.60,300,砼,直埋
      YS2,YS3,1.60,1.70,400,砼,直埋
      YS3,YS4,1.70,1.20,400,砼,直埋
      YS4,YS9,1.20,1.30,400,砼,直埋
      YS4,YS5,-0.50,1.30,400,砼,直埋
      YS5,YS1,22.0,1.30,400,砼,直埋
      """;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void surveyTablesBecomePointAndSegmentLayersWithEveryCheckReported(Backend backend)
      throws Exception {
    Path points = TestFiles.write(dir, "points.csv", POINTS, TextEncodings.GBK);
    Path segments = TestFiles.write(dir, "segments.csv", SEGMENTS, TextEncodings.GBK);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = f.store();
      SurveyRequest request =
          SurveyRequest.of(points, segments, "ys_points", "ys_segments").withCrs("EPSG:4548");
      SurveyReport r = new SurveyImporter(store).run(request);

      assertThat(r.points().rowsRead()).isEqualTo(6);
      assertThat(r.points().inserted()).isEqualTo(5);
      assertThat(r.points().rejected()).isEqualTo(1); // duplicate YS2
      assertThat(r.segments().inserted()).isEqualTo(4); // YS4-YS9 and the negative depth rejected
      assertThat(r.segments().rejected()).isEqualTo(2);
      assertThat(r.points().encoding().orElseThrow().charset()).isEqualTo(TextEncodings.GBK);

      Map<String, String> pointCodes = codes(r.points().qcReport());
      assertThat(pointCodes)
          .containsEntry("7", "DUPLICATE_POINT_NUMBER")
          .containsEntry("6", "FEATURE_AND_APPURTENANCE")
          .containsEntry("3", "DIAMETER_CHANGE_WITHOUT_REDUCER");
      assertThat(pointCodes).doesNotContainKey("4"); // YS3 is a 变径: no warning
      Map<String, String> segmentCodes = codes(r.segments().qcReport());
      assertThat(segmentCodes)
          .containsEntry("4", "INVERT_UPHILL")
          .containsEntry("5", "SEGMENT_ENDPOINT_MISSING")
          .containsEntry("6", "NEGATIVE_DEPTH")
          .hasEntrySatisfying("7", v -> assertThat(v).contains("IMPLAUSIBLE_DEPTH"));
      assertThat(r.segments().issueCounts()).containsEntry(IssueCode.INVERT_UPHILL, 2L);

      Feature ys1 = store.get("ys_points", "YS1").orElseThrow();
      assertThat(ys1.attribute("appurtenance")).isEqualTo("雨水篦");
      assertThat(ys1.attribute("category")).isEqualTo("YS");
      Feature s = store.get("ys_segments", "YS1-YS2").orElseThrow();
      assertThat(s.attribute("material")).isEqualTo("砼");
      assertThat(s.attribute("start_invert")).isEqualTo(98.5);
      LineString line = (LineString) s.geometry().orElseThrow();
      double[] start = Transforms.get("EPSG:4548", "EPSG:4490").transform(500_000, 2_690_000);
      assertThat(line.getCoordinateN(0).x).isCloseTo(start[0], within(1e-9));
      assertThat(line.getCoordinateN(0).y).isCloseTo(start[1], within(1e-9));
      assertThat(line.getCoordinateN(1))
          .isEqualTo(
              store.get("ys_points", "YS2").orElseThrow().geometry().orElseThrow().getCoordinate());

      SurveyReport again = new SurveyImporter(store).run(request);
      assertThat(again.points().unchanged()).isEqualTo(5);
      assertThat(again.segments().unchanged()).isEqualTo(4);
      assertThat(store.history("ys_segments", "YS1-YS2")).hasSize(1);
    }
  }

  private static Map<String, String> codes(Path qc) throws Exception {
    List<String> lines = TestFiles.qcLines(qc);
    return lines.stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .filter(c -> !c[0].isEmpty())
        .collect(Collectors.toMap(c -> c[0], c -> c[3], (a, b) -> a + "+" + b));
  }
}
