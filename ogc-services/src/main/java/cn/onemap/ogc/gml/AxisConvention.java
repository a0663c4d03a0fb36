package cn.onemap.ogc.gml;

/**
 * How a protocol reads the axis order of a CRS named on the wire. One rule for every service (the
 * rule of GeoServer, GDAL and QGIS):
 *
 * <ul>
 *   <li>a CRS named by OGC URN ({@code urn:ogc:def:crs:EPSG::4490}) or http URI ({@code
 *       http://www.opengis.net/def/crs/EPSG/0/4490}) has the axis order EPSG defines: geographic
 *       systems (4490, 4326) are latitude,longitude, the CGCS2000 / Xian 80 / Beijing 54
 *       Gauss-Krüger zones (4491–4554, …) are northing,easting, Web Mercator is easting,northing;
 *   <li>{@code CRS:84} and OGC CRS84 in any spelling are longitude,latitude;
 *   <li>the short form {@code EPSG:4490} (and {@code http://www.opengis.net/gml/srs/epsg.xml#4490})
 *       depends on the protocol: {@link #SHORT_EPSG_XY} (WFS, all versions) reads it easting first,
 *       {@link #EPSG} (WMS 1.3.0) in EPSG order;
 *   <li>{@link #XY} (WMS 1.1.1) is easting first whatever the spelling.
 * </ul>
 */
public enum AxisConvention {
  /** EPSG order for every spelling except CRS84 (WMS 1.3.0 CRS, OGC API Features Part 2). */
  EPSG,
  /** EPSG order for URNs and URIs; x/y for {@code EPSG:n} and the gml/srs/epsg.xml form (WFS). */
  SHORT_EPSG_XY,
  /** Always x = east (WMS 1.1.1 SRS). */
  XY;

  /** Whether {@code text} names its CRS in the OGC URN / http URI form (not gml/srs/epsg.xml). */
  static boolean isUrnOrUri(String text) {
    String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("urn:")
        || lower.startsWith("http://www.opengis.net/def/")
        || lower.startsWith("https://www.opengis.net/def/");
  }
}
