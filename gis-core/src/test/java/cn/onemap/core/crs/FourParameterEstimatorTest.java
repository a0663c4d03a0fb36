package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Control points made from known parameters (+ noise) over Meizhou's GK extent, then recovered. */
class FourParameterEstimatorTest {
  static final FourParameters TRUE = new FourParameters(-93.4, 21.7, 1.3, 4.1);

  static List<ControlPoint> controlPoints(int n, double noiseMetres, long seed) {
    Random random = new Random(seed);
    List<ControlPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = 310_000 + 180_000 * random.nextDouble();
      double y = 2_570_000 + 190_000 * random.nextDouble();
      double[] t = TRUE.apply(x, y);
      points.add(
          new ControlPoint(
              "P" + i,
              x,
              y,
              t[0] + noiseMetres * random.nextGaussian(),
              t[1] + noiseMetres * random.nextGaussian()));
    }
    return points;
  }

  @Test
  void recoversKnownParametersFromNoisyPoints() {
    Estimate<FourParameters> e = FourParameterEstimator.estimate(controlPoints(12, 0.005, 7));
    FourParameters p = e.parameters();
    assertThat(p.rotationArcSeconds()).isCloseTo(1.3, within(0.02));
    assertThat(p.scalePpm()).isCloseTo(4.1, within(0.1));
    // dx/dy are about the grid origin, so they carry the rotation error times ~2 700 km
    assertThat(p.dx()).isCloseTo(-93.4, within(0.5));
    assertThat(p.dy()).isCloseTo(21.7, within(0.5));
    assertThat(e.residuals()).hasSize(12).extracting(Residual::id).startsWith("P0", "P1");
    assertThat(e.rmsMetres()).isBetween(0.002, 0.01);
    // what matters in practice: predictions inside the area agree with the truth within cm
    double[] predicted = p.apply(400_000, 2_680_000);
    double[] truth = TRUE.apply(400_000, 2_680_000);
    assertThat(Math.hypot(predicted[0] - truth[0], predicted[1] - truth[1])).isLessThan(0.01);
  }

  @Test
  void twoPointsFitExactly() {
    Estimate<FourParameters> e = FourParameterEstimator.estimate(controlPoints(2, 0, 1));
    assertThat(e.rmsMetres()).isLessThan(1e-6);
    assertThat(e.parameters().rotationArcSeconds()).isCloseTo(1.3, within(1e-4));
    assertThat(e.parameters().scalePpm()).isCloseTo(4.1, within(1e-3));
  }

  @Test
  void aBadPointStandsOutInTheResiduals() {
    List<ControlPoint> points = controlPoints(10, 0.003, 3);
    ControlPoint p = points.get(4);
    points.set(
        4, new ControlPoint("BAD", p.sourceX(), p.sourceY(), p.targetX() + 0.8, p.targetY()));
    Estimate<FourParameters> e = FourParameterEstimator.estimate(points);
    assertThat(e.residuals().stream().max(Comparator.comparingDouble(Residual::distance)))
        .get()
        .extracting(Residual::id)
        .isEqualTo("BAD");
    assertThat(e.maxResidualMetres()).isGreaterThan(0.5);
  }

  @Test
  void tooFewOrCoincidentPointsAreRejected() {
    assertThatThrownBy(() -> FourParameterEstimator.estimate(controlPoints(1, 0, 1)))
        .isInstanceOf(ControlPointException.class)
        .hasMessageContaining("at least 2")
        .extracting(e -> ((ControlPointException) e).code())
        .isEqualTo("INSUFFICIENT_CONTROL_POINTS");
    ControlPoint a = new ControlPoint("A", 400_000, 2_680_000, 399_900, 2_680_020);
    ControlPoint b = new ControlPoint("B", 400_000, 2_680_000, 399_900, 2_680_020);
    assertThatThrownBy(() -> FourParameterEstimator.estimate(List.of(a, b)))
        .isInstanceOf(ControlPointException.class)
        .hasMessageContaining("coincide")
        .extracting(e -> ((ControlPointException) e).code())
        .isEqualTo("DEGENERATE_CONTROL_POINTS");
  }
}
