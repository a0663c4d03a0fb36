package cn.onemap.core.crs;

import java.util.ArrayList;
import java.util.List;

/**
 * Least-squares estimate of a 7-parameter (Bursa-Wolf) set from control points known in both
 * datums.
 *
 * <p>EPSG's Bursa-Wolf formula uses the small-angle (linearised) rotation matrix R = I + [r]×, so
 * X_t = T + (1 + s)·X_s + q × X_s with q = (1 + s)·r is linear in (T, s, q). We solve that linear
 * problem — on coordinates centred on the control points, with scaled columns, for conditioning —
 * and recover r = q / (1 + s). The estimate is therefore exact least squares for EPSG's model, not
 * an approximation of it; as with any Bursa-Wolf fit over a city-sized area, translations and
 * rotations are strongly correlated, so judge a set by its residuals, not by how "physical" its
 * numbers look.
 *
 * <p>Needs at least 3 points not on one line. {@link #estimateGeographic} works from 2D lon/lat
 * control points, for data without ellipsoidal heights.
 */
public final class SevenParameterEstimator {
  private SevenParameterEstimator() {}

  /**
   * Estimates source → target from geocentric control points.
   *
   * @param convention the convention to express the result in
   * @throws ControlPointException for fewer than 3 points, coincident or collinear points
   */
  public static Estimate<SevenParameters> estimate(
      List<GeocentricControlPoint> points, RotationConvention convention) {
    int n = points.size();
    if (n < 3) {
      throw new ControlPointException(
          "INSUFFICIENT_CONTROL_POINTS",
          "A 7-parameter set needs at least 3 control points, got " + n,
          n);
    }
    double[] c = new double[3];
    for (GeocentricControlPoint p : points) {
      c[0] += p.sourceX() / n;
      c[1] += p.sourceY() / n;
      c[2] += p.sourceZ() / n;
    }
    requireSpread(points, c);
    double[] a = new double[3 * n * 7];
    double[] b = new double[3 * n];
    for (int i = 0; i < n; i++) {
      GeocentricControlPoint p = points.get(i);
      double dx = p.sourceX() - c[0];
      double dy = p.sourceY() - c[1];
      double dz = p.sourceZ() - c[2];
      // unknowns: u (3) = translation of the centred problem, s, q = (1+s)·r
      row(a, 3 * i, 1, 0, 0, dx, 0, dz, -dy);
      row(a, 3 * i + 1, 0, 1, 0, dy, -dz, 0, dx);
      row(a, 3 * i + 2, 0, 0, 1, dz, dy, -dx, 0);
      b[3 * i] = p.targetX() - p.sourceX();
      b[3 * i + 1] = p.targetY() - p.sourceY();
      b[3 * i + 2] = p.targetZ() - p.sourceZ();
    }
    double[] x = LeastSquares.solve(a, b, 3 * n, 7);
    if (x == null) {
      throw degenerate(n, "they do not determine all seven parameters");
    }
    double s = x[3];
    double[] q = {x[4], x[5], x[6]};
    // T = u − s·c − q × c (undoing the centring)
    double tx = x[0] - s * c[0] - (q[1] * c[2] - q[2] * c[1]);
    double ty = x[1] - s * c[1] - (q[2] * c[0] - q[0] * c[2]);
    double tz = x[2] - s * c[2] - (q[0] * c[1] - q[1] * c[0]);
    double arc = SevenParameters.ARC_SECOND * (1 + s);
    SevenParameters pv =
        new SevenParameters(
            tx,
            ty,
            tz,
            q[0] / arc,
            q[1] / arc,
            q[2] / arc,
            s * 1e6,
            RotationConvention.POSITION_VECTOR);
    return withResiduals(pv.withConvention(convention), points);
  }

  /**
   * Estimates a {@code source} datum → CGCS2000 set from lon/lat control points (degrees; source on
   * the datum's ellipsoid, target CGCS2000), for 2D data whose ellipsoidal heights are unknown.
   * Needs at least 3 points.
   *
   * <p>Heights are taken as 0 on both sides, as the transforms take them. Limitation: the true
   * relation between two datums moves points by some 100 m vertically as well, and from 2D data
   * that height change cannot be told apart from a scale change (scaling about the geocentre moves
   * points almost exactly along their normals), so it is absorbed by scale and translation, leaving
   * a systematic horizontal misfit of about 1 cm over a 200 km city for a ~140 m height difference.
   * That is far below the decimetre distortions of the legacy networks themselves; when millimetres
   * matter, give ellipsoidal heights and use {@link #estimate}. The residuals reported include this
   * misfit.
   */
  public static Estimate<SevenParameters> estimateGeographic(
      List<ControlPoint> points, DatumFamily source, RotationConvention convention) {
    Ellipsoid from =
        source.ellipsoid().orElseThrow(() -> new IllegalArgumentException(source + " ellipsoid"));
    List<GeocentricControlPoint> xyz = new ArrayList<>();
    double[] s = new double[3];
    double[] t = new double[3];
    for (ControlPoint p : points) {
      Geocentric.toGeocentric(from, p.sourceX(), p.sourceY(), 0, s, 0);
      Geocentric.toGeocentric(Ellipsoid.CGCS2000, p.targetX(), p.targetY(), 0, t, 0);
      xyz.add(new GeocentricControlPoint(p.id(), s[0], s[1], s[2], t[0], t[1], t[2]));
    }
    return estimate(xyz, convention);
  }

  private static void row(double[] a, int r, double... v) {
    System.arraycopy(v, 0, a, r * 7, 7);
  }

  /** Rejects coincident or collinear point sets with a message saying which. */
  private static void requireSpread(List<GeocentricControlPoint> points, double[] c) {
    double[] far = null;
    double farLen = 0;
    for (GeocentricControlPoint p : points) {
      double[] d = {p.sourceX() - c[0], p.sourceY() - c[1], p.sourceZ() - c[2]};
      double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
      if (len > farLen) {
        farLen = len;
        far = d;
      }
    }
    if (far == null || farLen < 1e-3) {
      throw degenerate(points.size(), "they coincide");
    }
    double offLine = 0;
    for (GeocentricControlPoint p : points) {
      double[] d = {p.sourceX() - c[0], p.sourceY() - c[1], p.sourceZ() - c[2]};
      double cx = d[1] * far[2] - d[2] * far[1];
      double cy = d[2] * far[0] - d[0] * far[2];
      double cz = d[0] * far[1] - d[1] * far[0];
      offLine = Math.max(offLine, Math.sqrt(cx * cx + cy * cy + cz * cz) / farLen);
    }
    // a rotation about the line through collinear points is undetermined
    if (offLine < 1e-6 * farLen + 1e-3) {
      throw degenerate(points.size(), "they lie on one line");
    }
  }

  private static ControlPointException degenerate(int n, String why) {
    return new ControlPointException(
        "DEGENERATE_CONTROL_POINTS",
        "The "
            + n
            + " control points cannot give a 7-parameter set because "
            + why
            + "; use at least 3 distinct points spread over the area (not on a line)",
        n);
  }

  static Estimate<SevenParameters> withResiduals(
      SevenParameters p, List<GeocentricControlPoint> points) {
    double[] m = p.matrix();
    List<Residual> residuals = new ArrayList<>();
    double sum = 0;
    for (GeocentricControlPoint cp : points) {
      double x = p.tx() + m[0] * cp.sourceX() + m[1] * cp.sourceY() + m[2] * cp.sourceZ();
      double y = p.ty() + m[3] * cp.sourceX() + m[4] * cp.sourceY() + m[5] * cp.sourceZ();
      double z = p.tz() + m[6] * cp.sourceX() + m[7] * cp.sourceY() + m[8] * cp.sourceZ();
      double dx = cp.targetX() - x;
      double dy = cp.targetY() - y;
      double dz = cp.targetZ() - z;
      double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      sum += d * d;
      residuals.add(new Residual(cp.id(), dx, dy, dz, d));
    }
    return new Estimate<>(p, residuals, Math.sqrt(sum / points.size()));
  }
}
