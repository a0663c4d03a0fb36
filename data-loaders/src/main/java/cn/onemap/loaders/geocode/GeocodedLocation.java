package cn.onemap.loaders.geocode;

/**
 * Where an address was matched.
 *
 * @param x longitude (or easting) in {@code crs}
 * @param y latitude (or northing) in {@code crs}
 * @param crs the CRS of x/y, e.g. {@code EPSG:4490}
 * @param score match quality 0..1, reported in the QC report
 * @param matchedAddress the standard address matched, for the QC report
 */
public record GeocodedLocation(
    double x, double y, String crs, double score, String matchedAddress) {}
