package cn.onemap.core.crs;

import java.util.Optional;

/**
 * The fixed table of EPSG codes One Map accepts, with what the code number alone tells: datum
 * family, kind and Gauss-Krüger zone. Code ranges were checked against the EPSG database shipped in
 * GeoTools 33.1 (names such as "Xian 1980 / 3-degree Gauss-Kruger CM 117E" for 2384), not guessed.
 * Names and areas of use come from the database at decode time.
 */
final class SupportedCrs {

  /** What the code number tells before decoding. */
  record Entry(DatumFamily datum, CrsKind kind, Optional<GkZone> zone, boolean zonePrefixed) {}

  private SupportedCrs() {}

  static Optional<Entry> lookup(int epsg) {
    switch (epsg) {
      case 4490:
        return geographic(DatumFamily.CGCS2000);
      case 4326:
        return geographic(DatumFamily.WGS84);
      case 4610:
        return geographic(DatumFamily.XIAN80);
      case 4214:
        return geographic(DatumFamily.BEIJING54);
      case 3857:
        return Optional.of(
            new Entry(DatumFamily.WGS84, CrsKind.PROJECTED, Optional.empty(), false));
      default:
        break;
    }
    return zoneCode(epsg, DatumFamily.CGCS2000, 4491, 4502, 4513, 4534)
        .or(() -> zoneCode(epsg, DatumFamily.XIAN80, 2327, 2338, 2349, 2370))
        .or(() -> zoneCode(epsg, DatumFamily.BEIJING54, 21413, 21453, 2401, 2422))
        // 21473-21483 "Beijing 1954 / Gauss-Kruger 13N".."23N": older CM-form duplicates.
        .or(() -> range(epsg, DatumFamily.BEIJING54, 21473, 6, false));
  }

  private static Optional<Entry> geographic(DatumFamily datum) {
    return Optional.of(new Entry(datum, CrsKind.GEOGRAPHIC, Optional.empty(), false));
  }

  private static Optional<Entry> zoneCode(
      int epsg, DatumFamily datum, int sixPrefixed, int sixCm, int threePrefixed, int threeCm) {
    return range(epsg, datum, sixPrefixed, 6, true)
        .or(() -> range(epsg, datum, sixCm, 6, false))
        .or(() -> range(epsg, datum, threePrefixed, 3, true))
        .or(() -> range(epsg, datum, threeCm, 3, false));
  }

  private static Optional<Entry> range(
      int epsg, DatumFamily datum, int first, int width, boolean prefixed) {
    int count = width == 3 ? 21 : 11;
    if (epsg < first || epsg >= first + count) {
      return Optional.empty();
    }
    int i = epsg - first;
    GkZone zone =
        width == 3 ? new GkZone(3, 25 + i, 75 + 3 * i) : new GkZone(6, 13 + i, 75 + 6 * i);
    return Optional.of(new Entry(datum, CrsKind.PROJECTED, Optional.of(zone), prefixed));
  }
}
