package cn.onemap.core.crs;

import java.util.Map;

/**
 * Coordinates that lie far outside the area of use of the CRS they are said to be in. The usual
 * causes are swapped axes (latitude given first), a zone-prefixed Gauss-Krüger easting declared
 * with a central-meridian code (or the reverse), or simply the wrong CRS. Code {@code
 * OUTSIDE_AREA_OF_USE}; {@code details} holds {@code crs}, {@code x}, {@code y} and, when the check
 * could tell, a {@code hint} such as {@code SWAPPED_AXES}.
 */
public class OutsideAreaOfUseException extends CrsException {
  private final String hint;

  public OutsideAreaOfUseException(String crs, double x, double y, String message, String hint) {
    super(
        "OUTSIDE_AREA_OF_USE",
        message,
        Map.of("crs", crs, "x", x, "y", y, "hint", hint == null ? "NONE" : hint),
        null);
    this.hint = hint == null ? "NONE" : hint;
  }

  /**
   * What the check thinks went wrong: {@code SWAPPED_AXES}, {@code ZONE_PREFIX_PRESENT}, {@code
   * ZONE_PREFIX_MISSING}, {@code PROJECTED_COORDINATES} (metres given for a geographic CRS), {@code
   * GEOGRAPHIC_COORDINATES} (degrees given for a projected CRS) or {@code NONE}.
   */
  public String hint() {
    return hint;
  }
}
