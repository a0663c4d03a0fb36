package cn.onemap.core.crs;

import java.util.ArrayList;
import java.util.List;

/**
 * Least-squares estimate of a {@link FourParameters} plane similarity from control points given in
 * both grids (x = easting, y = northing, metres). The model x' = dx + a·x − b·y, y' = dy + b·x +
 * a·y is linear in (a, b, dx, dy), so the fit is exact least squares in closed form on centred
 * coordinates; scale and rotation follow from a = k·cos θ, b = k·sin θ.
 *
 * <p>Needs at least 2 distinct points (2 give an exact fit with zero residuals; use 4 or more,
 * spread over the area, to see the residuals that reveal a bad point).
 */
public final class FourParameterEstimator {
  private FourParameterEstimator() {}

  /**
   * Estimates source → target parameters.
   *
   * @throws ControlPointException for fewer than 2 points or points that all coincide
   */
  public static Estimate<FourParameters> estimate(List<ControlPoint> points) {
    int n = points.size();
    if (n < 2) {
      throw new ControlPointException(
          "INSUFFICIENT_CONTROL_POINTS",
          "A 4-parameter set needs at least 2 control points, got " + n,
          n);
    }
    double cx = 0;
    double cy = 0;
    double tx = 0;
    double ty = 0;
    for (ControlPoint p : points) {
      cx += p.sourceX() / n;
      cy += p.sourceY() / n;
      tx += p.targetX() / n;
      ty += p.targetY() / n;
    }
    double ss = 0;
    double sa = 0;
    double sb = 0;
    for (ControlPoint p : points) {
      double x = p.sourceX() - cx;
      double y = p.sourceY() - cy;
      double u = p.targetX() - tx;
      double v = p.targetY() - ty;
      ss += x * x + y * y;
      sa += x * u + y * v;
      sb += x * v - y * u;
    }
    if (!(Math.sqrt(ss / n) > 1e-3)) {
      throw new ControlPointException(
          "DEGENERATE_CONTROL_POINTS",
          "The "
              + n
              + " control points coincide (spread under 1 mm), so rotation and scale are"
              + " undetermined; use at least 2 distinct points spread over the area",
          n);
    }
    double a = sa / ss;
    double b = sb / ss;
    double k = Math.hypot(a, b);
    FourParameters fp =
        new FourParameters(
            tx - (a * cx - b * cy),
            ty - (b * cx + a * cy),
            Math.atan2(b, a) / SevenParameters.ARC_SECOND,
            (k - 1) * 1e6);
    return withResiduals(fp, points);
  }

  static Estimate<FourParameters> withResiduals(FourParameters fp, List<ControlPoint> points) {
    SimilarityStep step = SimilarityStep.of(fp);
    List<Residual> residuals = new ArrayList<>();
    double sum = 0;
    double[] xy = new double[2];
    for (ControlPoint p : points) {
      xy[0] = p.sourceX();
      xy[1] = p.sourceY();
      step.apply(xy, 0, xy, 0, 1);
      double dx = p.targetX() - xy[0];
      double dy = p.targetY() - xy[1];
      double d = Math.hypot(dx, dy);
      sum += d * d;
      residuals.add(new Residual(p.id(), dx, dy, 0, d));
    }
    return new Estimate<>(fp, residuals, Math.sqrt(sum / points.size()));
  }
}
