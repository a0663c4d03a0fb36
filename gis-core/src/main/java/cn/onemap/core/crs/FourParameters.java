package cn.onemap.core.crs;

/**
 * A 4-parameter plane similarity between two projected grids, source → target (east, north in
 * metres): x' = dx + k·(x·cos θ − y·sin θ), y' = dy + k·(x·sin θ + y·cos θ), with k = 1 + scale
 * ppm·1e-6 and θ the rotation, positive counter-clockwise (from east towards north).
 *
 * <p>Beware of surveying notation: Chinese survey software usually writes X = northing, Y =
 * easting. Numbers estimated in that notation have dx and dy exchanged and the rotation negated
 * relative to this record. The rotation is about the grid origin (0, 0), so dx/dy are large and
 * only meaningful together with the rotation; a set is valid only over the area its control points
 * cover (a city), never nationally.
 *
 * @param dx shift in easting, metres
 * @param dy shift in northing, metres
 * @param rotationArcSeconds θ in arc-seconds, counter-clockwise positive
 * @param scalePpm k − 1 in parts per million
 */
public record FourParameters(double dx, double dy, double rotationArcSeconds, double scalePpm) {

  public FourParameters {
    for (double v : new double[] {dx, dy, rotationArcSeconds, scalePpm}) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("4-parameter values must be finite numbers");
      }
    }
  }

  /** k·cos θ. */
  double a() {
    return (1 + scalePpm * 1e-6) * Math.cos(rotationArcSeconds * SevenParameters.ARC_SECOND);
  }

  /** k·sin θ. */
  double b() {
    return (1 + scalePpm * 1e-6) * Math.sin(rotationArcSeconds * SevenParameters.ARC_SECOND);
  }

  /** Applies the similarity to one point, returning {x', y'}. */
  public double[] apply(double x, double y) {
    double a = a();
    double b = b();
    return new double[] {dx + a * x - b * y, dy + b * x + a * y};
  }
}
