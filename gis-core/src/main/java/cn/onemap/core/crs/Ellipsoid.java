package cn.onemap.core.crs;

/**
 * A reference ellipsoid by semi-major axis and inverse flattening. Only the four the city meets are
 * predefined, with EPSG's values (ellipsoid codes 1024 CGCS2000, 7030 WGS 84, 7024 Krassowsky 1940,
 * 7049 IAG 1975).
 *
 * @param name display name
 * @param semiMajorAxis a in metres
 * @param inverseFlattening 1/f
 */
public record Ellipsoid(String name, double semiMajorAxis, double inverseFlattening) {
  public static final Ellipsoid CGCS2000 = new Ellipsoid("CGCS2000", 6378137.0, 298.257222101);
  public static final Ellipsoid WGS84 = new Ellipsoid("WGS 84", 6378137.0, 298.257223563);

  /** Used by Beijing 1954. */
  public static final Ellipsoid KRASSOWSKY_1940 =
      new Ellipsoid("Krassowsky 1940", 6378245.0, 298.3);

  /** IAG 1975 (a.k.a. IUGG 1975), used by Xian 1980. */
  public static final Ellipsoid IAG_1975 = new Ellipsoid("IAG 1975", 6378140.0, 298.257);

  public Ellipsoid {
    if (!(semiMajorAxis > 0) || !(inverseFlattening > 1)) {
      throw new IllegalArgumentException(
          "ellipsoid " + name + " needs a > 0 and 1/f > 1, got " + semiMajorAxis);
    }
  }

  /** First eccentricity squared, e² = f(2 − f). */
  public double eccentricitySquared() {
    double f = 1.0 / inverseFlattening;
    return f * (2 - f);
  }

  /** Semi-minor axis b = a(1 − f) in metres. */
  public double semiMinorAxis() {
    return semiMajorAxis * (1 - 1.0 / inverseFlattening);
  }
}
