package cn.onemap.core.crs;

import java.util.Locale;

/**
 * A Chinese Gauss-Krüger zone: width 3° or 6°, zone number and central meridian, with the EPSG
 * codes that project onto it.
 *
 * <p>Zone choice follows the national convention: 3° zones have CM = 3·round(lon/3) and number CM/3
 * (Meizhou: CM 117°E, zone 39); 6° zones have number floor(lon/6)+1 and CM = 6·number − 3 (Meizhou:
 * zone 20, CM 117°E). EPSG defines 3° zones 25..45 (CM 75..135°E, so longitudes 73.5..136.5°E) and
 * 6° zones 13..23 (72..138°E); other longitudes throw {@link GkZoneOutOfRangeException}.
 *
 * <p>"Zone-prefixed" codes put the zone number in front of the false easting (easting 39 408 634
 * m); central-meridian codes use a plain false easting of 500 000 m.
 *
 * @param width 3 or 6 (degrees)
 * @param number zone number
 * @param centralMeridian longitude of the central meridian, degrees east
 */
public record GkZone(int width, int number, double centralMeridian) {
  static final int MIN_CM = 75;
  static final int MAX_CM = 135;

  public GkZone {
    if (width == 3 ? number < 25 || number > 45 : width != 6 || number < 13 || number > 23) {
      throw new IllegalArgumentException("no EPSG Gauss-Kruger zone " + number + " of " + width);
    }
  }

  /** The 3° zone containing {@code lon}; throws outside 73.5..136.5°E or for NaN. */
  public static GkZone threeDegree(double lon) {
    long cm = 3 * Math.round(lon / 3);
    if (!Double.isFinite(lon) || cm < MIN_CM || cm > MAX_CM) {
      throw new GkZoneOutOfRangeException(
          lon,
          3,
          String.format(
              Locale.ROOT,
              "Longitude %s lies outside the CGCS2000 3-degree Gauss-Kruger zones of EPSG"
                  + " (73.5..136.5E, central meridians 75..135E); is it a longitude in degrees?",
              lon));
    }
    return new GkZone(3, (int) (cm / 3), cm);
  }

  /** The 6° zone containing {@code lon}; throws outside 72..138°E or for NaN. */
  public static GkZone sixDegree(double lon) {
    double zone = Math.floor(lon / 6) + 1;
    if (!Double.isFinite(lon) || zone < 13 || zone > 23) {
      throw new GkZoneOutOfRangeException(
          lon,
          6,
          String.format(
              Locale.ROOT,
              "Longitude %s lies outside the CGCS2000 6-degree Gauss-Kruger zones of EPSG"
                  + " (zones 13..23, 72..138E); is it a longitude in degrees?",
              lon));
    }
    int n = (int) zone;
    return new GkZone(6, n, 6.0 * n - 3);
  }

  /** The EPSG code of CGCS2000 on this zone with a 500 000 m false easting, e.g. EPSG:4548. */
  public String cgcs2000Code() {
    return epsgCode(DatumFamily.CGCS2000, false);
  }

  /** The EPSG code of CGCS2000 on this zone with a zone-prefixed easting, e.g. EPSG:4527. */
  public String cgcs2000ZonePrefixedCode() {
    return epsgCode(DatumFamily.CGCS2000, true);
  }

  /**
   * The EPSG code of this zone in {@code datum} (CGCS2000, XIAN80 or BEIJING54).
   *
   * @throws IllegalArgumentException for a datum without Chinese Gauss-Krüger codes
   */
  public String epsgCode(DatumFamily datum, boolean zonePrefixed) {
    int i = width == 3 ? number - 25 : number - 13;
    int base =
        switch (datum) {
          case CGCS2000 -> width == 3 ? (zonePrefixed ? 4513 : 4534) : (zonePrefixed ? 4491 : 4502);
          case XIAN80 -> width == 3 ? (zonePrefixed ? 2349 : 2370) : (zonePrefixed ? 2327 : 2338);
          case BEIJING54 ->
              width == 3 ? (zonePrefixed ? 2401 : 2422) : (zonePrefixed ? 21413 : 21453);
          default ->
              throw new IllegalArgumentException("EPSG has no Gauss-Kruger zones for " + datum);
        };
    return "EPSG:" + (base + i);
  }

  /** The false easting of the zone-prefixed form, e.g. 39 500 000 m for zone 39. */
  public double zonePrefixedFalseEasting() {
    return number * 1_000_000.0 + 500_000.0;
  }
}
