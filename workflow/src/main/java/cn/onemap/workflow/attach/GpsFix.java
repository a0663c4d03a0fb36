package cn.onemap.workflow.attach;

import cn.onemap.workflow.WorkflowException;
import java.util.Map;

/**
 * A position in decimal degrees, longitude first, as a phone writes it into EXIF (WGS 84, which
 * CGCS2000 matches to a few centimetres: no datum shift is applied).
 *
 * <p>{@link #distanceMetres} is a great-circle (haversine) distance on a sphere of the CGCS2000
 * mean radius; it differs from the ellipsoidal distance by at most ~0.5%, far below a phone's GPS
 * error, and works anywhere on Earth (a photo taken on holiday far away is still measured).
 * gis-core has no ellipsoidal helper; {@code cn.onemap.core.crs.Measurements.distance} measures on
 * the Gauss-Krüger plane and refuses longitudes outside China's zones, so it is not used here.
 */
public record GpsFix(double lon, double lat) {
  /** Mean radius R1 = (2a + b) / 3 of the CGCS2000 ellipsoid, metres. */
  static final double MEAN_RADIUS = 6_371_008.77;

  public GpsFix {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new WorkflowException(
          "INVALID_POSITION",
          "not a lon/lat position in degrees: lon " + lon + ", lat " + lat,
          Map.of("lon", lon, "lat", lat));
    }
  }

  /** Metres from this fix to {@code (lon, lat)} along the great circle. */
  public double distanceMetres(double lon, double lat) {
    return distanceMetres(new GpsFix(lon, lat));
  }

  /** Metres from this fix to {@code other} along the great circle. */
  public double distanceMetres(GpsFix other) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(other.lat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.lon - lon);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * MEAN_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
