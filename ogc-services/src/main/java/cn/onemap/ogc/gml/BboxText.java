package cn.onemap.ogc.gml;

import cn.onemap.core.crs.CrsRegistry;
import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The one parser of a bbox parameter ({@code minx,miny,maxx,maxy} in the wire axis order) for WMS,
 * WFS and OGC API Features. It refuses what the three used to let through differently: a wrong
 * count of numbers, NaN and infinities ({@code Double.parseDouble} reads both), a minimum above its
 * maximum (JTS would swap them silently; an antimeridian-crossing box is not supported), and, for a
 * box that becomes a query in a geographic CRS, latitudes beyond ±90 or longitudes beyond ±180.
 * Errors are {@link Invalid}; each service maps them to its own exception format.
 *
 * @param numbers the 4 numbers in wire order (of a 6-number 3D box: the horizontal ones)
 * @param crs the fifth item of a WFS bbox, when given
 */
public record BboxText(double[] numbers, Optional<String> crs) {

  /** Which spelling a service accepts. */
  public enum Rules {
    /** WMS 1.3.0 / 1.1.1: 4 numbers; an empty box (min = max) cannot be drawn. */
    WMS(false, false, true),
    /** WFS 2.0 / 1.1 KVP: 4 numbers and an optional CRS; a point-sized box is allowed. */
    WFS(true, false, false),
    /** OGC API Features: 4 or 6 numbers (Part 1, /req/core/fc-bbox-definition). */
    OGC_API(false, true, false);

    private final boolean crsSuffix;
    private final boolean threeD;
    private final boolean strict;

    Rules(boolean crsSuffix, boolean threeD, boolean strict) {
      this.crsSuffix = crsSuffix;
      this.threeD = threeD;
      this.strict = strict;
    }
  }

  /** A bbox that cannot be used, with a message naming what is wrong. */
  public static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  public static BboxText parse(String text, Rules rules) {
    String[] parts = text.split(",", -1);
    int n = parts.length;
    Optional<String> crs = Optional.empty();
    if (rules.crsSuffix && n == 5) {
      crs = Optional.of(parts[4].strip());
      n = 4;
    }
    if (n != 4 && !(rules.threeD && n == 6)) {
      throw new Invalid(
          "bbox needs "
              + (rules.threeD ? "4 or 6 numbers" : "4 numbers")
              + (rules.crsSuffix ? " and an optional CRS" : "")
              + ", got "
              + parts.length
              + " items: '"
              + text
              + "'");
    }
    double[] all = new double[n];
    for (int i = 0; i < n; i++) {
      try {
        all[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new Invalid("bbox item " + (i + 1) + " is not a number: '" + text + "'");
      }
      if (!Double.isFinite(all[i])) {
        throw new Invalid("bbox item " + (i + 1) + " is not a finite number: '" + text + "'");
      }
    }
    double[] box = n == 6 ? new double[] {all[0], all[1], all[3], all[4]} : all;
    for (int axis = 0; axis < 2; axis++) {
      double min = box[axis];
      double max = box[axis + 2];
      if (rules.strict ? !(min < max) : min > max) {
        throw new Invalid(
            "bbox minimum "
                + (rules.strict ? "must be below" : "exceeds")
                + " the maximum on axis "
                + (axis + 1)
                + ": '"
                + text
                + "'");
      }
    }
    return new BboxText(box, crs);
  }

  /**
   * The box as x = east in {@code wire}'s CRS, refusing coordinates a geographic CRS does not have.
   */
  public Envelope toEnvelope(WireCrs wire) {
    Envelope e = wire.fromWire(numbers);
    if (CrsRegistry.defaultRegistry().info(wire.code()).isGeographic()
        && (e.getMinY() < -90 || e.getMaxY() > 90 || e.getMinX() < -180 || e.getMaxX() > 180)) {
      throw new Invalid(
          "bbox "
              + Arrays.toString(numbers)
              + " is outside longitude ±180 / latitude ±90 in "
              + wire.code()
              + (wire.yx() ? " (axis order latitude,longitude)" : ""));
    }
    return e;
  }
}
