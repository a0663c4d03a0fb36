package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GCJ-02 and BD-09 against the independent npm implementation gcoord (fixture offsets_gcoord.csv,
 * made by generate-offsets.sh), and our iterative inverses round-tripping within 1e-6° (the
 * requirement; they actually reach ~1e-10°).
 */
class ChinaOffsetsTest {

  @Test
  void forwardFormulasMatchGcoord() {
    List<double[]> rows = Fixtures.rows("offsets_gcoord.csv");
    assertThat(rows).hasSizeGreaterThan(200);
    for (double[] r : rows) {
      double[] gcj = ChinaOffsets.wgs84ToGcj02(r[0], r[1]);
      assertThat(gcj[0]).as("gcj lon of %s,%s", r[0], r[1]).isCloseTo(r[2], within(1e-12));
      assertThat(gcj[1]).as("gcj lat of %s,%s", r[0], r[1]).isCloseTo(r[3], within(1e-12));
      double[] bd = ChinaOffsets.gcj02ToBd09(r[2], r[3]);
      assertThat(bd[0]).isCloseTo(r[4], within(1e-12));
      assertThat(bd[1]).isCloseTo(r[5], within(1e-12));
    }
  }

  @Test
  void offsetInMeizhouIsHundredsOfMetres() {
    double[] gcj = ChinaOffsets.wgs84ToGcj02(116.1, 24.3);
    double dxMetres = (gcj[0] - 116.1) * 111_320 * Math.cos(Math.toRadians(24.3));
    double dyMetres = (gcj[1] - 24.3) * 110_950;
    assertThat(Math.hypot(dxMetres, dyMetres)).isBetween(100.0, 1000.0);
  }

  @Test
  void outsideChinaGcjIsIdentity() {
    assertThat(ChinaOffsets.outOfChina(2.35, 48.85)).isTrue();
    assertThat(ChinaOffsets.wgs84ToGcj02(2.35, 48.85)).containsExactly(2.35, 48.85);
    assertThat(ChinaOffsets.gcj02ToWgs84(139.7, 35.7)).containsExactly(139.7, 35.7);
    assertThat(ChinaOffsets.outOfChina(116.1, 24.3)).isFalse();
  }

  @Test
  void inversesRoundTripOverTheCity() {
    double worst = roundTripWorst(115.2, 117.0, 23.2, 24.9, 0.05);
    assertThat(worst).isLessThan(1e-6).isLessThan(1e-9);
  }

  @Test
  void inversesRoundTripOverChina() {
    double worst = roundTripWorst(73.5, 135.0, 18.0, 53.5, 0.5);
    assertThat(worst).isLessThan(1e-6);
  }

  /** Worst |inverse(forward(p)) − p| in degrees over a grid, for GCJ-02 and BD-09 chains. */
  private static double roundTripWorst(
      double lon0, double lon1, double lat0, double lat1, double step) {
    double worst = 0;
    for (double lon = lon0; lon <= lon1 + 1e-9; lon += step) {
      for (double lat = lat0; lat <= lat1 + 1e-9; lat += step) {
        double[] gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
        double[] back = ChinaOffsets.gcj02ToWgs84(gcj[0], gcj[1]);
        worst = Math.max(worst, Math.max(Math.abs(back[0] - lon), Math.abs(back[1] - lat)));
        double[] bd = ChinaOffsets.gcj02ToBd09(gcj[0], gcj[1]);
        double[] gcjBack = ChinaOffsets.bd09ToGcj02(bd[0], bd[1]);
        worst =
            Math.max(worst, Math.max(Math.abs(gcjBack[0] - gcj[0]), Math.abs(gcjBack[1] - gcj[1])));
      }
    }
    return worst;
  }

  @Test
  void bd09ToGcj02IsTheDirectInverseNotARoundTripThroughWgs84() {
    double[] viaRegistry = Transforms.get("BD-09", "GCJ-02").transform(116.11, 24.31);
    assertThat(viaRegistry).containsExactly(ChinaOffsets.bd09ToGcj02(116.11, 24.31));
    assertThat(Transforms.get("GCJ-02", "BD-09").transform(116.1, 24.3))
        .containsExactly(ChinaOffsets.gcj02ToBd09(116.1, 24.3));
  }

  @Test
  void registryChainsBd09ToGaussKruger() {
    // BD-09 -> CGCS2000 GK CM 117E goes BD-09 -> GCJ-02 -> WGS84 (= CGCS2000) -> 4548
    double[] gcj = ChinaOffsets.wgs84ToGcj02(116.1, 24.3);
    double[] bd = ChinaOffsets.gcj02ToBd09(gcj[0], gcj[1]);
    double[] viaChain = Transforms.get("BD09", "EPSG:4548").transform(bd[0], bd[1]);
    double[] direct = Transforms.get("EPSG:4490", "EPSG:4548").transform(116.1, 24.3);
    assertThat(viaChain[0]).isCloseTo(direct[0], within(1e-4));
    assertThat(viaChain[1]).isCloseTo(direct[1], within(1e-4));
    double[] toGcj = Transforms.get("EPSG:4548", "GCJ-02").transform(direct[0], direct[1]);
    assertThat(toGcj[0]).isCloseTo(gcj[0], within(1e-9));
    assertThat(toGcj[1]).isCloseTo(gcj[1], within(1e-9));
  }
}
