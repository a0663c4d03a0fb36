package cn.onemap.core.crs;

import java.util.Locale;

/**
 * A longitude/latitude box in degrees (x = longitude, y = latitude), used for areas of use. Does
 * not wrap around the antimeridian (nothing in China does).
 */
public record LonLatEnvelope(double minLon, double maxLon, double minLat, double maxLat) {
  public static final LonLatEnvelope WORLD = new LonLatEnvelope(-180, 180, -90, 90);

  public LonLatEnvelope {
    if (!(minLon <= maxLon) || !(minLat <= maxLat)) {
      throw new IllegalArgumentException(
          "empty lon/lat envelope " + minLon + ".." + maxLon + ", " + minLat + ".." + maxLat);
    }
  }

  /** True when (lon, lat) lies inside or on the border; false for NaN. */
  public boolean contains(double lon, double lat) {
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
  }

  /** This box grown by {@code degrees} on every side, clamped to the valid lon/lat range. */
  public LonLatEnvelope expandBy(double degrees) {
    return new LonLatEnvelope(
        Math.max(-180, minLon - degrees),
        Math.min(180, maxLon + degrees),
        Math.max(-90, minLat - degrees),
        Math.min(90, maxLat + degrees));
  }

  /** As users read it, e.g. {@code 73.6..134.8E, 16.7..53.6N}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s..%s%s, %s..%s%s",
        fmt(minLon),
        fmt(maxLon),
        minLon >= 0 ? "E" : "",
        fmt(minLat),
        fmt(maxLat),
        minLat >= 0 ? "N" : "");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
