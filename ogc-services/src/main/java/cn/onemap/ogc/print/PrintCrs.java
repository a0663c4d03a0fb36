package cn.onemap.ogc.print;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRSs a map can be printed in (the workbench's three), with the name printed on the page and
 * the ground length of one CRS unit at a point, for the scale bar and the scale: CGCS2000 degrees
 * (metres per degree of longitude on the CGCS2000 ellipsoid at the latitude), Web Mercator (a metre
 * of the projection is {@code cos φ} metres on the ground) and the Gauss-Krüger zone CM 117°E (grid
 * metres over the point scale factor {@code k ≈ 1 + x²/2R²}, x from the central meridian).
 */
public enum PrintCrs {
  EPSG_4490("EPSG:4490", "CGCS2000 地理坐标系 (EPSG:4490)", -180, -90, 180, 90),
  EPSG_3857(
      "EPSG:3857",
      "WGS 84 / Pseudo-Mercator (EPSG:3857)",
      -20037508.35,
      -20037508.35,
      20037508.35,
      20037508.35),
  EPSG_4548("EPSG:4548", "CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548)", 0, 0, 1e6, 1e7);

  /** CGCS2000 semi-major axis and flattening (equal to GRS 80 to 0.1 mm). */
  static final double A = 6378137.0;

  static final double F = 1 / 298.257222101;
  static final double E2 = F * (2 - F);
  private static final double MEAN_RADIUS = 6371000.0;
  private static final double GK_FALSE_EASTING = 500000.0;

  private final String code;
  private final String title;
  private final Envelope domain;

  PrintCrs(String code, String title, double minX, double minY, double maxX, double maxY) {
    this.code = code;
    this.title = title;
    this.domain = new Envelope(minX, maxX, minY, maxY);
  }

  public String code() {
    return code;
  }

  /** The name printed on the page. */
  public String title() {
    return title;
  }

  /** {@code EPSG:4490}, {@code 4490}, {@code epsg:3857}, {@code EPSG:4548}. */
  public static PrintCrs parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    String code = t.startsWith("EPSG:") ? t : "EPSG:" + t;
    for (PrintCrs c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw PrintException.invalid(
        "crs", "crs must be EPSG:4490, EPSG:3857 or EPSG:4548, was '" + text + "'");
  }

  /** A bbox with a positive size inside the CRS's domain (x = east), or a PrintException. */
  public Envelope check(Envelope bbox) {
    if (bbox == null
        || bbox.isNull()
        || !(bbox.getWidth() > 0)
        || !(bbox.getHeight() > 0)
        || !domain.contains(bbox)) {
      throw PrintException.invalid(
          "bbox",
          "bbox must be minX,minY,maxX,maxY with a positive size within "
              + domain
              + " for "
              + code
              + ", was "
              + bbox);
    }
    return bbox;
  }

  /** Metres on the ground of one CRS unit along x at {@code (x, y)}. */
  public double groundMetresPerUnit(double x, double y) {
    return switch (this) {
      case EPSG_4490 -> {
        double phi = Math.toRadians(y);
        double sin = Math.sin(phi);
        double n = A / Math.sqrt(1 - E2 * sin * sin);
        yield n * Math.cos(phi) * Math.PI / 180;
      }
      case EPSG_3857 -> Math.cos(Math.atan(Math.sinh(y / A)));
      case EPSG_4548 -> {
        double dx = x - GK_FALSE_EASTING;
        yield 1 / (1 + dx * dx / (2 * MEAN_RADIUS * MEAN_RADIUS));
      }
    };
  }

  /** CRS units along x that cover {@code metres} on the ground at {@code (x, y)}. */
  public double unitsFor(double metres, double x, double y) {
    return metres / groundMetresPerUnit(x, y);
  }
}
