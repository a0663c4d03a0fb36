package cn.onemap.address;

/**
 * A point in CGCS2000 (EPSG:4490).
 *
 * @param x longitude, degrees east
 * @param y latitude, degrees north
 */
public record Position(double x, double y) {
  public Position {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("position must be finite, was " + x + ", " + y);
    }
  }
}
