package cn.onemap.loaders.crs;

import cn.onemap.core.crs.DatumFamily;
import cn.onemap.core.crs.GkZone;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Guesses the CRS of coordinates that arrive without one (CSV x/y columns, GeoJSON without a crs
 * member, survey tables) from the extent of a sample:
 *
 * <ul>
 *   <li>longitudes 73–136 and latitudes 3–54 (either order): CGCS2000 geographic, EPSG:4490. The
 *       values cannot tell CGCS2000 from WGS 84 (same to well under 1 m) nor from the GCJ-02/BD-09
 *       offsets of commercial maps (hundreds of metres): name those in the request.
 *   <li>8-digit eastings whose first two digits are a 3° zone (25–45) or a 6° zone (13–23) and
 *       7-digit northings: the zone-prefixed CGCS2000 Gauss-Krüger code (e.g. 39 500 000 → 4527).
 *   <li>6-digit eastings around 500 000 and 7-digit northings: Gauss-Krüger without the zone
 *       prefix. Every zone fits, so the user must confirm one; the city's zones are offered.
 * </ul>
 *
 * A projected guess always assumes CGCS2000: Xian 1980 and Beijing 1954 grids differ by tens of
 * metres and look the same, so legacy data must be declared. Limits: a sample smaller than the data
 * can miss outliers; the guess is reported as such.
 */
public final class CoordinateGuesser {
  /** The city's zones, best first: Meizhou lies in CM 117°E with its west edge in CM 114°E. */
  private final List<String> cityZones;

  public CoordinateGuesser(List<String> cityZones) {
    this.cityZones = List.copyOf(cityZones);
  }

  /** Guesser for Meizhou (EPSG:4548, then 4547). */
  public static CoordinateGuesser meizhou() {
    return new CoordinateGuesser(List.of("EPSG:4548", "EPSG:4547"));
  }

  public CrsGuess guess(Envelope e) {
    if (e == null || e.isNull()) {
      return CrsGuess.unknown("no coordinates to guess a CRS from");
    }
    if (degrees(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY())) {
      return CrsGuess.sure(
          "EPSG:4490",
          "values look like longitude/latitude in China; assumed CGCS2000 (EPSG:4490) — name"
              + " GCJ-02 or BD-09 if they come from AMap/Tencent or Baidu");
    }
    if (degrees(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX())) {
      return CrsGuess.sure(
          "EPSG:4490",
          "values look like latitude/longitude (swapped) in China; assumed CGCS2000 (EPSG:4490)");
    }
    CrsGuess g = projected(e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY(), "");
    if (g != null) {
      return g;
    }
    g = projected(e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX(), " (x and y swapped)");
    if (g != null) {
      return g;
    }
    return CrsGuess.unknown(
        String.format(
            Locale.ROOT,
            "coordinates x %.3f..%.3f, y %.3f..%.3f fit no CRS the loader can guess",
            e.getMinX(),
            e.getMaxX(),
            e.getMinY(),
            e.getMaxY()));
  }

  private CrsGuess projected(double minE, double maxE, double minN, double maxN, String note) {
    boolean northing = minN >= 1_000_000 && maxN < 6_000_000; // China: ~2 000 km .. 5 900 km
    if (!northing) {
      return null;
    }
    if (minE >= 10_000_000 && maxE < 100_000_000) {
      int zone = (int) (minE / 1_000_000);
      if (zone != (int) (maxE / 1_000_000)) {
        return null; // a file spanning two zone prefixes is not one CRS
      }
      String code;
      if (zone >= 25 && zone <= 45) {
        code = new GkZone(3, zone, zone * 3.0).epsgCode(DatumFamily.CGCS2000, true);
      } else if (zone >= 13 && zone <= 23) {
        code = new GkZone(6, zone, zone * 6.0 - 3).epsgCode(DatumFamily.CGCS2000, true);
      } else {
        return null;
      }
      return CrsGuess.sure(
          code,
          "8-digit eastings with zone prefix "
              + zone
              + note
              + "; assumed CGCS2000 Gauss-Kruger ("
              + code
              + ") — name the Xian 1980 or Beijing 1954 code if the survey used those");
    }
    if (minE >= 100_000 && maxE < 1_000_000) {
      return CrsGuess.confirm(
          cityZones,
          "6-digit eastings around 500 000 m and 7-digit northings"
              + note
              + ": Gauss-Kruger without zone prefix, but the zone cannot be told from the values;"
              + " confirm it with --crs (for this city: "
              + String.join(" or ", cityZones)
              + ")");
    }
    return null;
  }

  private static boolean degrees(double minLon, double maxLon, double minLat, double maxLat) {
    return minLon >= 73 && maxLon <= 136 && minLat >= 3 && maxLat <= 54;
  }
}
