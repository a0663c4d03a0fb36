package cn.onemap.core.crs;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What One Map knows about a supported CRS. Axis order is always x = east/longitude, y =
 * north/latitude, whatever EPSG says.
 *
 * @param code canonical code, {@code EPSG:4548}, {@code CRS:84}, {@code GCJ-02}, {@code BD-09} or
 *     {@code LOCAL:<name>}
 * @param name EPSG's name (or ours for pseudo-systems)
 * @param kind geographic (degrees) or projected (metres)
 * @param datum datum family, which decides how transforms are built
 * @param gkZone the Gauss-Krüger zone for Chinese GK systems; empty otherwise
 * @param zonePrefixed true when the easting carries the zone number (e.g. EPSG:4527)
 * @param units {@code degree} or {@code metre}
 * @param areaOfUse EPSG's area of use as a lon/lat box (world for CRS:84, the "in China" box of the
 *     GCJ-02 formulas for GCJ-02/BD-09, the registered box for local grids)
 */
public record CrsInfo(
    String code,
    String name,
    CrsKind kind,
    DatumFamily datum,
    Optional<GkZone> gkZone,
    boolean zonePrefixed,
    String units,
    LonLatEnvelope areaOfUse) {

  /** The EPSG number (used as JTS SRID); empty for GCJ-02, BD-09 and local grids. CRS:84 → 4326. */
  public OptionalInt epsgNumber() {
    if (code.startsWith("EPSG:")) {
      return OptionalInt.of(Integer.parseInt(code.substring(5)));
    }
    return code.equals("CRS:84") ? OptionalInt.of(4326) : OptionalInt.empty();
  }

  /** The central meridian in degrees east for Gauss-Krüger systems. */
  public Optional<Double> centralMeridian() {
    return gkZone.map(GkZone::centralMeridian);
  }

  /** Zone width in degrees (3 or 6) for Gauss-Krüger systems. */
  public OptionalInt zoneWidth() {
    return gkZone.map(z -> OptionalInt.of(z.width())).orElse(OptionalInt.empty());
  }

  /** True for a geographic (lon/lat) system. */
  public boolean isGeographic() {
    return kind == CrsKind.GEOGRAPHIC;
  }
}
