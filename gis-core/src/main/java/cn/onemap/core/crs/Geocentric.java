package cn.onemap.core.crs;

/**
 * Conversions between geodetic (lon, lat in degrees, ellipsoidal height h in metres) and
 * earth-centred XYZ on a given ellipsoid (EPSG method 9602). The inverse iterates the latitude
 * until it moves by less than 1e-12 rad (~6 µm), at most 10 times; it converges in 3–4 steps for
 * points near the surface.
 */
public final class Geocentric {
  private Geocentric() {}

  /** Writes X, Y, Z of (lon, lat, h) into {@code xyz[off..off+2]}. */
  public static void toGeocentric(
      Ellipsoid e, double lon, double lat, double h, double[] xyz, int off) {
    double a = e.semiMajorAxis();
    double e2 = e.eccentricitySquared();
    double phi = Math.toRadians(lat);
    double lambda = Math.toRadians(lon);
    double sinPhi = Math.sin(phi);
    double cosPhi = Math.cos(phi);
    double n = a / Math.sqrt(1 - e2 * sinPhi * sinPhi);
    xyz[off] = (n + h) * cosPhi * Math.cos(lambda);
    xyz[off + 1] = (n + h) * cosPhi * Math.sin(lambda);
    xyz[off + 2] = (n * (1 - e2) + h) * sinPhi;
  }

  /** Writes lon, lat (degrees) and h (metres) of (X, Y, Z) into {@code llh[off..off+2]}. */
  public static void toGeodetic(Ellipsoid e, double x, double y, double z, double[] llh, int off) {
    double a = e.semiMajorAxis();
    double e2 = e.eccentricitySquared();
    double p = Math.hypot(x, y);
    double lambda = Math.atan2(y, x);
    double phi = Math.atan2(z, p * (1 - e2));
    double n = a;
    double h = 0;
    for (int i = 0; i < 10; i++) {
      double sinPhi = Math.sin(phi);
      n = a / Math.sqrt(1 - e2 * sinPhi * sinPhi);
      h = p / Math.cos(phi) - n;
      double next = Math.atan2(z, p * (1 - e2 * n / (n + h)));
      boolean done = Math.abs(next - phi) < 1e-12;
      phi = next;
      if (done) {
        break;
      }
    }
    llh[off] = Math.toDegrees(lambda);
    llh[off + 1] = Math.toDegrees(phi);
    llh[off + 2] = h;
  }
}
