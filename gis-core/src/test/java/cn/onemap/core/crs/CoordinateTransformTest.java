package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoordinateTransformTest {
  private final CoordinateTransform toGk = Transforms.get("EPSG:4490", "EPSG:4548");

  private static Geometry wkt(String text) {
    try {
      return new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static double[] randomMeizhou(int n, long seed) {
    Random r = new Random(seed);
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = 115.2 + 1.8 * r.nextDouble();
      xy[2 * i + 1] = 23.2 + 1.7 * r.nextDouble();
    }
    return xy;
  }

  @Test
  void geometryIsCopiedWithTargetSridAndZKept() {
    Geometry g =
        wkt(
            "POLYGON Z ((116 24 10, 116.2 24 11, 116.2 24.2 12, 116 24.2 13, 116 24 10),"
                + " (116.05 24.05 1, 116.1 24.05 2, 116.1 24.1 3, 116.05 24.05 1))");
    g.setSRID(4490);
    Geometry out = toGk.transform(g);
    assertThat(out.getSRID()).isEqualTo(4548);
    assertThat(((Polygon) out).getNumInteriorRing()).isEqualTo(1);
    Coordinate[] in = g.getCoordinates();
    Coordinate[] res = out.getCoordinates();
    for (int i = 0; i < in.length; i++) {
      double[] expected = toGk.transform(in[i].x, in[i].y);
      assertThat(res[i].x).isEqualTo(expected[0]);
      assertThat(res[i].y).isEqualTo(expected[1]);
      assertThat(res[i].getZ()).isEqualTo(in[i].getZ());
    }
    assertThat(g.getCoordinate().x).isEqualTo(116.0); // input untouched
    assertThat(out.isValid()).isTrue();
  }

  @Test
  void geometryWithForeignSridIsRefused() {
    Geometry g = wkt("POINT (116 24)");
    g.setSRID(4326);
    assertThatThrownBy(() -> toGk.transform(g))
        .isInstanceOf(CrsException.class)
        .hasMessageContaining("SRID 4326")
        .extracting(e -> ((CrsException) e).code())
        .isEqualTo("SRID_MISMATCH");
  }

  @Test
  void pseudoSystemsGiveSridZero() {
    Geometry gcj = Transforms.get("EPSG:4490", "GCJ-02").transform(wkt("POINT (116.1 24.3)"));
    assertThat(gcj.getSRID()).isZero();
    assertThat(gcj.getCoordinate().x)
        .isCloseTo(ChinaOffsets.wgs84ToGcj02(116.1, 24.3)[0], within(1e-12));
    assertThat(Transforms.get("GCJ-02", "CRS:84").transform(gcj).getSRID()).isEqualTo(4326);
  }

  @Test
  void bulkWithOffsetsMatchesSinglePoints() {
    double[] src = new double[10];
    src[0] = -1;
    System.arraycopy(randomMeizhou(4, 1), 0, src, 2, 8);
    double[] dst = new double[12];
    toGk.transform(src, 2, dst, 3, 4);
    for (int i = 0; i < 4; i++) {
      double[] one = toGk.transform(src[2 + 2 * i], src[3 + 2 * i]);
      assertThat(dst[3 + 2 * i]).isEqualTo(one[0]);
      assertThat(dst[4 + 2 * i]).isEqualTo(one[1]);
    }
    assertThat(dst[0]).isZero();
    assertThatThrownBy(() -> toGk.transform(src, 2, dst, 6, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void parallelBulkEqualsSequentialAndReportsGlobalIndex() {
    double[] xy = randomMeizhou(300_000, 2);
    double[] seq = toGk.transform(xy);
    double[] par = new double[xy.length];
    toGk.transformParallel(xy, 0, par, 0, 300_000);
    assertThat(par).isEqualTo(seq);
    xy[2 * 250_001] = Double.NaN;
    assertThatThrownBy(() -> toGk.transformParallel(xy, 0, par, 0, 300_000))
        .isInstanceOf(InvalidCoordinateException.class)
        .hasMessageContaining("#250001");
  }

  @Test
  void sharedTransformIsThreadSafe() throws Exception {
    double[] xy = randomMeizhou(50_000, 3);
    double[] expected = toGk.transform(xy);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<double[]>> runs =
          pool.invokeAll(java.util.Collections.nCopies(8, () -> toGk.transform(xy)));
      for (Future<double[]> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void identitiesAndInverse() {
    assertThat(Transforms.get("EPSG:4326", "EPSG:4490").isIdentity()).isTrue();
    assertThat(Transforms.get("CRS:84", "EPSG:4326").transform(116.1, 24.3))
        .containsExactly(116.1, 24.3);
    assertThat(toGk.isIdentity()).isFalse();
    assertThat(toGk.inverse().inverse()).isSameAs(toGk);
    assertThat(toGk.inverse().source().code()).isEqualTo("EPSG:4548");
    double[] xy = randomMeizhou(1000, 4);
    double[] back = toGk.inverse().transform(toGk.transform(xy));
    for (int i = 0; i < xy.length; i++) {
      assertThat(back[i]).isCloseTo(xy[i], within(1e-10));
    }
  }

  @Test
  void chainsAcrossDatumsAndProjections() {
    // 4548 -> 3857 is one concatenated GeoTools transform; equal to going through 4490
    double[] gk = toGk.transform(116.1, 24.3);
    double[] web = Transforms.get("EPSG:4548", "EPSG:3857").transform(gk[0], gk[1]);
    double[] viaGeo = Transforms.get("EPSG:4490", "EPSG:3857").transform(116.1, 24.3);
    assertThat(web).containsExactly(viaGeo, within(1e-6));
    // zone to zone: 4547 <-> 4548
    double[] other = Transforms.get("EPSG:4548", "EPSG:4547").transform(gk[0], gk[1]);
    assertThat(other)
        .containsExactly(
            Transforms.get("EPSG:4490", "EPSG:4547").transform(116.1, 24.3), within(1e-6));
  }
}
