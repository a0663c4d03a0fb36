package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Control points made with known Bursa-Wolf parameters (+ noise), then recovered. */
class SevenParameterEstimatorTest {
  static final SevenParameters TRUE = DatumShiftTest.PV;

  /** Points on the IAG 1975 ellipsoid in a lon/lat box, mapped with X_t = T + (1+s)·R·X. */
  static List<GeocentricControlPoint> points(
      int n, double lon0, double lon1, double lat0, double lat1, double noise, long seed) {
    Random random = new Random(seed);
    double s = 1 + TRUE.scalePpm() * 1e-6;
    double rx = Math.toRadians(TRUE.rx() / 3600);
    double ry = Math.toRadians(TRUE.ry() / 3600);
    double rz = Math.toRadians(TRUE.rz() / 3600);
    List<GeocentricControlPoint> out = new ArrayList<>();
    double[] p = new double[3];
    for (int i = 0; i < n; i++) {
      double lon = lon0 + (lon1 - lon0) * random.nextDouble();
      double lat = lat0 + (lat1 - lat0) * random.nextDouble();
      Geocentric.toGeocentric(Ellipsoid.IAG_1975, lon, lat, 500 * random.nextDouble(), p, 0);
      // EPSG 9606 written out independently of SevenParameters.matrix()
      double x = TRUE.tx() + s * (p[0] - rz * p[1] + ry * p[2]);
      double y = TRUE.ty() + s * (rz * p[0] + p[1] - rx * p[2]);
      double z = TRUE.tz() + s * (-ry * p[0] + rx * p[1] + p[2]);
      out.add(
          new GeocentricControlPoint(
              "P" + i,
              p[0],
              p[1],
              p[2],
              x + noise * random.nextGaussian(),
              y + noise * random.nextGaussian(),
              z + noise * random.nextGaussian()));
    }
    return out;
  }

  @Test
  void recoversExactParametersFromNoiseFreeCityPoints() {
    Estimate<SevenParameters> e =
        SevenParameterEstimator.estimate(
            points(6, 115.2, 117.0, 23.2, 24.9, 0, 1), RotationConvention.POSITION_VECTOR);
    SevenParameters p = e.parameters();
    assertThat(p.tx()).isCloseTo(TRUE.tx(), within(1e-3));
    assertThat(p.ty()).isCloseTo(TRUE.ty(), within(1e-3));
    assertThat(p.tz()).isCloseTo(TRUE.tz(), within(1e-3));
    assertThat(p.rx()).isCloseTo(TRUE.rx(), within(1e-4));
    assertThat(p.ry()).isCloseTo(TRUE.ry(), within(1e-4));
    assertThat(p.rz()).isCloseTo(TRUE.rz(), within(1e-4));
    assertThat(p.scalePpm()).isCloseTo(TRUE.scalePpm(), within(1e-4));
    assertThat(e.rmsMetres()).isLessThan(1e-4);
  }

  @Test
  void recoversParametersFromNoisyPointsOverChina() {
    Estimate<SevenParameters> e =
        SevenParameterEstimator.estimate(
            points(40, 75, 134, 20, 50, 0.01, 2), RotationConvention.POSITION_VECTOR);
    SevenParameters p = e.parameters();
    assertThat(p.tx()).isCloseTo(TRUE.tx(), within(0.5));
    assertThat(p.ty()).isCloseTo(TRUE.ty(), within(0.5));
    assertThat(p.tz()).isCloseTo(TRUE.tz(), within(0.5));
    assertThat(p.rx()).isCloseTo(TRUE.rx(), within(0.02));
    assertThat(p.ry()).isCloseTo(TRUE.ry(), within(0.02));
    assertThat(p.rz()).isCloseTo(TRUE.rz(), within(0.02));
    assertThat(p.scalePpm()).isCloseTo(TRUE.scalePpm(), within(0.05));
    assertThat(e.rmsMetres()).isBetween(0.005, 0.03);
  }

  @Test
  void noisyCityPointsPredictWellEvenIfParametersCorrelate() {
    List<GeocentricControlPoint> control = points(10, 115.2, 117.0, 23.2, 24.9, 0.01, 3);
    Estimate<SevenParameters> e =
        SevenParameterEstimator.estimate(control, RotationConvention.POSITION_VECTOR);
    List<GeocentricControlPoint> check = points(20, 115.4, 116.8, 23.4, 24.7, 0, 4);
    Estimate<SevenParameters> onCheck =
        SevenParameterEstimator.withResiduals(e.parameters(), check);
    assertThat(onCheck.maxResidualMetres()).isLessThan(0.03);
    assertThat(e.residuals()).hasSize(10);
  }

  @Test
  void coordinateFrameResultHasNegatedRotations() {
    List<GeocentricControlPoint> control = points(6, 115.2, 117.0, 23.2, 24.9, 0, 5);
    SevenParameters cf =
        SevenParameterEstimator.estimate(control, RotationConvention.COORDINATE_FRAME).parameters();
    assertThat(cf.convention()).isEqualTo(RotationConvention.COORDINATE_FRAME);
    assertThat(cf.rz()).isCloseTo(-TRUE.rz(), within(1e-4));
    assertThat(cf.tx()).isCloseTo(TRUE.tx(), within(1e-3));
  }

  @Test
  void geographicControlPointsGiveASetThatReproducesThem() {
    // 2D workflow: control points known as lon/lat in Xian 1980 and CGCS2000, heights unknown
    CrsRegistry truth =
        new CrsRegistry(
            new DatumShiftRegistry()
                .register(new DatumShift.SevenParameter("t", DatumFamily.XIAN80, TRUE)));
    CoordinateTransform t = truth.transform("EPSG:4610", "EPSG:4490");
    Random random = new Random(6);
    List<ControlPoint> control = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      double lon = 115.2 + 1.8 * random.nextDouble();
      double lat = 23.2 + 1.7 * random.nextDouble();
      double[] c = t.transform(lon, lat);
      control.add(new ControlPoint("G" + i, lon, lat, c[0], c[1]));
    }
    Estimate<SevenParameters> e =
        SevenParameterEstimator.estimateGeographic(
            control, DatumFamily.XIAN80, RotationConvention.POSITION_VECTOR);
    CoordinateTransform fitted =
        new CrsRegistry(
                new DatumShiftRegistry()
                    .register(
                        new DatumShift.SevenParameter("f", DatumFamily.XIAN80, e.parameters())))
            .transform("EPSG:4610", "EPSG:4490");
    // documented 2D limitation: ~1 cm systematic misfit for this set's ~140 m height change
    double worst = 0;
    for (double lon = 115.3; lon < 117; lon += 0.4) {
      for (double lat = 23.3; lat < 24.9; lat += 0.4) {
        double[] want = t.transform(lon, lat);
        double[] got = fitted.transform(lon, lat);
        double metres =
            Math.hypot(
                (got[0] - want[0]) * 111_320 * Math.cos(Math.toRadians(lat)),
                (got[1] - want[1]) * 110_900);
        worst = Math.max(worst, metres);
      }
    }
    assertThat(worst).isLessThan(0.02);
    assertThat(e.rmsMetres()).isLessThan(0.02);
    // and an unfitted (wrong) set would be off by metres: the check above has teeth
    double[] zeroShift = t.inverse().transform(116.1, 24.3);
    assertThat(Math.abs(zeroShift[0] - 116.1) * 101_000).isGreaterThan(1);
  }

  @Test
  void tooFewCollinearOrCoincidentPointsAreRejected() {
    List<GeocentricControlPoint> three = points(3, 115.2, 117.0, 23.2, 24.9, 0, 7);
    assertThatThrownBy(
            () ->
                SevenParameterEstimator.estimate(
                    three.subList(0, 2), RotationConvention.POSITION_VECTOR))
        .isInstanceOf(ControlPointException.class)
        .hasMessageContaining("at least 3");
    GeocentricControlPoint a = three.get(0);
    GeocentricControlPoint b = three.get(1);
    List<GeocentricControlPoint> line = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double f = i / 3.0;
      line.add(
          new GeocentricControlPoint(
              "L" + i,
              a.sourceX() + f * (b.sourceX() - a.sourceX()),
              a.sourceY() + f * (b.sourceY() - a.sourceY()),
              a.sourceZ() + f * (b.sourceZ() - a.sourceZ()),
              a.targetX() + f * (b.targetX() - a.targetX()),
              a.targetY() + f * (b.targetY() - a.targetY()),
              a.targetZ() + f * (b.targetZ() - a.targetZ())));
    }
    assertThatThrownBy(
            () -> SevenParameterEstimator.estimate(line, RotationConvention.POSITION_VECTOR))
        .isInstanceOf(ControlPointException.class)
        .hasMessageContaining("one line")
        .extracting(e -> ((ControlPointException) e).code())
        .isEqualTo("DEGENERATE_CONTROL_POINTS");
    assertThatThrownBy(
            () ->
                SevenParameterEstimator.estimate(
                    List.of(a, a, a), RotationConvention.POSITION_VECTOR))
        .hasMessageContaining("coincide");
  }
}
