package cn.onemap.core.crs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Where coordinates of one CRS may plausibly lie, in that CRS's own units, and the checks built on
 * it. Loaders and the feature store call {@link #assertWithin(Geometry)} for every geometry, so the
 * checks are plain comparisons.
 *
 * <p>The accepted box is EPSG's area of use grown by a margin, because real data legitimately
 * spills over zone borders: {@value #MARGIN_DEGREES}° for geographic systems and latitudes, and
 * {@value #GK_LON_MARGIN_DEGREES}° of longitude for Gauss-Krüger zones (so a 3° zone accepts its
 * central meridian ± 3.5°, where the projection is still accurate to well under 1 mm). For
 * projected systems the grown lon/lat box is projected by sampling its border, giving a box in
 * metres. The check therefore catches gross errors — swapped axes, zone-prefixed eastings under a
 * central-meridian code, metres declared as degrees, the wrong zone — not points a little outside a
 * boundary.
 */
public final class AreaOfUse {
  static final double MARGIN_DEGREES = 1.0;
  static final double GK_LON_MARGIN_DEGREES = 2.0;

  private final CrsInfo crs;
  private final double minX;
  private final double maxX;
  private final double minY;
  private final double maxY;

  AreaOfUse(CrsInfo crs, double minX, double maxX, double minY, double maxY) {
    this.crs = crs;
    this.minX = minX;
    this.maxX = maxX;
    this.minY = minY;
    this.maxY = maxY;
  }

  /** The CRS this area belongs to. */
  public CrsInfo crs() {
    return crs;
  }

  /** The accepted box in the CRS's units (x = east), margin included. */
  public Envelope acceptedBox() {
    return new Envelope(minX, maxX, minY, maxY);
  }

  /** True when (x, y) is finite and inside the accepted box. */
  public boolean contains(double x, double y) {
    return x >= minX && x <= maxX && y >= minY && y <= maxY;
  }

  /** True when the whole envelope is inside the accepted box; false for a null envelope. */
  public boolean contains(Envelope e) {
    return !e.isNull()
        && e.getMinX() >= minX
        && e.getMaxX() <= maxX
        && e.getMinY() >= minY
        && e.getMaxY() <= maxY;
  }

  /** True when {@code e} is outside the box but would be inside with x and y exchanged. */
  public boolean detectSwappedAxes(Envelope e) {
    return !e.isNull()
        && !contains(e)
        && contains(new Envelope(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX()));
  }

  /** Throws {@link OutsideAreaOfUseException} unless the envelope is inside the accepted box. */
  public void assertWithin(Envelope e) {
    if (e.isNull()) {
      return;
    }
    if (!contains(e)) {
      double x = e.getMinX() < minX ? e.getMinX() : e.getMaxX();
      double y = e.getMinY() < minY ? e.getMinY() : e.getMaxY();
      boolean swapped = detectSwappedAxes(e);
      throw outside(swapped ? e.getMinX() : x, swapped ? e.getMinY() : y, "of the envelope");
    }
  }

  /**
   * Checks every coordinate of {@code g}: throws {@link InvalidCoordinateException} for NaN or
   * infinite x/y and {@link OutsideAreaOfUseException} for a point outside the accepted box. Empty
   * geometries pass. Z and M are not checked.
   */
  public void assertWithin(Geometry g) {
    g.apply(
        new CoordinateSequenceFilter() {
          private int index;

          @Override
          public void filter(CoordinateSequence seq, int i) {
            check(seq.getX(i), seq.getY(i), index++);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return false;
          }
        });
  }

  /** Checks one point; {@code index} is its position in the caller's input, for the message. */
  public void check(double x, double y, int index) {
    if (!contains(x, y)) {
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        throw new InvalidCoordinateException(crs.code(), index, x, y);
      }
      throw outside(x, y, "of point #" + index);
    }
  }

  /** Checks {@code n} interleaved points; {@code indexBase} is the index of the first one. */
  void checkAll(double[] xy, int off, int n, int indexBase) {
    for (int i = 0; i < n; i++) {
      double x = xy[off + 2 * i];
      double y = xy[off + 2 * i + 1];
      // one combined test on the hot path; details only once something failed
      if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
        check(x, y, indexBase + i);
      }
    }
  }

  /** The exception for (x, y); {@code what} says which input it is, e.g. "of point #3". */
  OutsideAreaOfUseException outside(double x, double y, String what) {
    String hint = "NONE";
    String advice;
    boolean geographic = crs.isGeographic();
    if (contains(y, x)) {
      hint = "SWAPPED_AXES";
      advice =
          geographic
              ? "are longitude and latitude swapped? One Map expects x = longitude, y = latitude"
              : "are easting and northing swapped? One Map expects x = easting, y = northing";
    } else if (crs.gkZone().isPresent() && zonePrefixAdvice(x, y) != null) {
      advice = zonePrefixAdvice(x, y);
      hint = crs.zonePrefixed() ? "ZONE_PREFIX_MISSING" : "ZONE_PREFIX_PRESENT";
    } else if (geographic && (Math.abs(x) > 360 || Math.abs(y) > 360)) {
      hint = "PROJECTED_COORDINATES";
      advice =
          "these look like metres: declare the projected CRS they are in (e.g. EPSG:4548 for"
              + " CGCS2000 Gauss-Kruger CM 117E)";
    } else if (!geographic && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
      hint = "GEOGRAPHIC_COORDINATES";
      advice = "these look like degrees: declare a geographic CRS such as EPSG:4490";
    } else {
      advice = "check that the data really is in " + crs.code();
    }
    String box =
        geographic
            ? crs.areaOfUse().toString()
            : crs.areaOfUse()
                + "; accepted x "
                + num(minX, 0)
                + ".."
                + num(maxX, 0)
                + ", y "
                + num(minY, 0)
                + ".."
                + num(maxY, 0)
                + " m";
    String message =
        String.format(
            "Coordinates (%s, %s) %s lie outside the area of use of %s (%s); %s",
            num(x, geographic ? 8 : 3), num(y, geographic ? 8 : 3), what, crs.code(), box, advice);
    return new OutsideAreaOfUseException(crs.code(), x, y, message, hint);
  }

  private String zonePrefixAdvice(double x, double y) {
    GkZone zone = crs.gkZone().orElseThrow();
    double prefix = zone.number() * 1_000_000.0;
    if (!crs.zonePrefixed() && contains(x - prefix, y)) {
      return "the easting carries the zone prefix "
          + zone.number()
          + ": declare "
          + zone.epsgCode(crs.datum(), true)
          + " instead";
    }
    if (crs.zonePrefixed() && contains(x + prefix, y)) {
      return "the easting lacks the zone prefix "
          + zone.number()
          + ": declare "
          + zone.epsgCode(crs.datum(), false)
          + " instead";
    }
    return null;
  }

  private static String num(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v)
        .setScale(decimals, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
