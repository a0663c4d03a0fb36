package cn.onemap.core.crs;

/**
 * Geographic lon/lat on one ellipsoid → geocentric XYZ (height 0) → X_t = M·X + T → lon/lat on
 * another ellipsoid. Forward sets use EPSG's formula exactly (M = (1 + s)·R with the small-angle
 * R); the inverse uses the exact matrix inverse of M rather than EPSG's "negate the parameters"
 * approximation. Heights are not carried (2D data: height 0 in, height dropped out), so a forward
 * step followed by the inverse returns the input within about 0.5 mm rather than exactly: the
 * forward step lands some 100 m above or below the target ellipsoid and that offset, lost, projects
 * slightly onto the horizontal through the rotations. PROJ's 2D pipelines behave alike.
 */
final class BursaWolfStep implements TransformStep {
  private final Ellipsoid source;
  private final Ellipsoid target;
  private final double[] m;
  private final double[] t;

  BursaWolfStep(Ellipsoid source, Ellipsoid target, double[] m, double[] t) {
    this.source = source;
    this.target = target;
    this.m = m.clone();
    this.t = t.clone();
  }

  /** The step applying {@code p} from {@code source}'s ellipsoid to CGCS2000. */
  static BursaWolfStep toCgcs2000(DatumFamily source, SevenParameters p) {
    return new BursaWolfStep(
        source.ellipsoid().orElseThrow(),
        Ellipsoid.CGCS2000,
        p.matrix(),
        new double[] {p.tx(), p.ty(), p.tz()});
  }

  @Override
  public void apply(double[] src, int srcOff, double[] dst, int dstOff, int n) {
    double[] xyz = new double[3];
    double[] llh = new double[3];
    for (int i = 0; i < n; i++) {
      int s = srcOff + 2 * i;
      Geocentric.toGeocentric(source, src[s], src[s + 1], 0, xyz, 0);
      double x = t[0] + m[0] * xyz[0] + m[1] * xyz[1] + m[2] * xyz[2];
      double y = t[1] + m[3] * xyz[0] + m[4] * xyz[1] + m[5] * xyz[2];
      double z = t[2] + m[6] * xyz[0] + m[7] * xyz[1] + m[8] * xyz[2];
      Geocentric.toGeodetic(target, x, y, z, llh, 0);
      dst[dstOff + 2 * i] = llh[0];
      dst[dstOff + 2 * i + 1] = llh[1];
    }
  }

  @Override
  public TransformStep inverse() {
    double[] inv = invert3x3(m);
    double[] it = {
      -(inv[0] * t[0] + inv[1] * t[1] + inv[2] * t[2]),
      -(inv[3] * t[0] + inv[4] * t[1] + inv[5] * t[2]),
      -(inv[6] * t[0] + inv[7] * t[1] + inv[8] * t[2])
    };
    return new BursaWolfStep(target, source, inv, it);
  }

  static double[] invert3x3(double[] a) {
    double c00 = a[4] * a[8] - a[5] * a[7];
    double c01 = a[5] * a[6] - a[3] * a[8];
    double c02 = a[3] * a[7] - a[4] * a[6];
    double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
    return new double[] {
      c00 / det,
      (a[2] * a[7] - a[1] * a[8]) / det,
      (a[1] * a[5] - a[2] * a[4]) / det,
      c01 / det,
      (a[0] * a[8] - a[2] * a[6]) / det,
      (a[2] * a[3] - a[0] * a[5]) / det,
      c02 / det,
      (a[1] * a[6] - a[0] * a[7]) / det,
      (a[0] * a[4] - a[1] * a[3]) / det
    };
  }
}
