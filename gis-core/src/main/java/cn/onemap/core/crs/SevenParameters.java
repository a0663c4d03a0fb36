package cn.onemap.core.crs;

/**
 * A 7-parameter similarity (Bursa-Wolf/Helmert) between two geocentric XYZ frames, source → target:
 * X_t = T + (1 + s)·R·X_s with EPSG's small-angle rotation matrix R (see {@link RotationConvention}
 * for its exact form and sign).
 *
 * @param tx translation along X, metres
 * @param ty translation along Y, metres
 * @param tz translation along Z, metres
 * @param rx rotation about X, arc-seconds
 * @param ry rotation about Y, arc-seconds
 * @param rz rotation about Z, arc-seconds
 * @param scalePpm scale difference s in parts per million
 * @param convention how the rotation signs are to be read; required
 */
public record SevenParameters(
    double tx,
    double ty,
    double tz,
    double rx,
    double ry,
    double rz,
    double scalePpm,
    RotationConvention convention) {

  static final double ARC_SECOND = Math.PI / (180 * 3600);

  public SevenParameters {
    if (convention == null) {
      throw new IllegalArgumentException(
          "a 7-parameter set must state its rotation convention (position vector or coordinate"
              + " frame)");
    }
    for (double v : new double[] {tx, ty, tz, rx, ry, rz, scalePpm}) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("7-parameter values must be finite numbers");
      }
    }
  }

  /** The same transformation expressed in the other convention (rotations negated). */
  public SevenParameters withConvention(RotationConvention target) {
    if (target == convention) {
      return this;
    }
    return new SevenParameters(tx, ty, tz, -rx, -ry, -rz, scalePpm, target);
  }

  /**
   * The 3x3 matrix (1 + s)·R in the position-vector sense, row-major; multiply it with the source
   * XYZ and add T to get the target XYZ.
   */
  double[] matrix() {
    SevenParameters pv = withConvention(RotationConvention.POSITION_VECTOR);
    double m = 1 + pv.scalePpm * 1e-6;
    double ex = pv.rx * ARC_SECOND;
    double ey = pv.ry * ARC_SECOND;
    double ez = pv.rz * ARC_SECOND;
    return new double[] {m, -m * ez, m * ey, m * ez, m, -m * ex, -m * ey, m * ex, m};
  }
}
