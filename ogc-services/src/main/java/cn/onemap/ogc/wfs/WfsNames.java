package cn.onemap.ogc.wfs;

import java.util.List;

/** Namespaces, formats and CRS lists of the WFS, in one place. */
final class WfsNames {
  static final String WFS20 = "http://www.opengis.net/wfs/2.0";
  static final String WFS11 = "http://www.opengis.net/wfs";
  static final String OWS11 = "http://www.opengis.net/ows/1.1";
  static final String OWS10 = "http://www.opengis.net/ows";
  static final String FES20 = "http://www.opengis.net/fes/2.0";
  static final String OGC = "http://www.opengis.net/ogc";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XSD = "http://www.w3.org/2001/XMLSchema";

  static final String GML32_FORMAT = "application/gml+xml; version=3.2";
  static final String GML31_FORMAT = "text/xml; subtype=gml/3.1.1";
  static final String JSON_FORMAT = "application/json";

  /**
   * The download formats GetFeature also writes, as capabilities list them (GeoServer's names
   * beside the media types, so QGIS and GeoServer clients find theirs).
   */
  static final java.util.List<String> EXPORT_FORMATS =
      java.util.List.of(
          "csv",
          "text/csv",
          "KML",
          "application/vnd.google-earth.kml+xml",
          "application/geopackage+sqlite3",
          "SHAPE-ZIP",
          "application/zip");

  /** CRSs offered besides the storage CRS: WGS 84, Web Mercator, the city's two GK zones. */
  static final List<Integer> OTHER_CRS = List.of(4326, 3857, 4547, 4548);

  static final List<String> OPERATIONS =
      List.of(
          "GetCapabilities",
          "DescribeFeatureType",
          "GetFeature",
          "GetPropertyValue",
          "ListStoredQueries",
          "DescribeStoredQueries",
          "Transaction");

  static final List<String> COMPARISONS =
      List.of(
          "PropertyIsEqualTo",
          "PropertyIsNotEqualTo",
          "PropertyIsLessThan",
          "PropertyIsGreaterThan",
          "PropertyIsLessThanOrEqualTo",
          "PropertyIsGreaterThanOrEqualTo",
          "PropertyIsLike",
          "PropertyIsNull",
          "PropertyIsNil",
          "PropertyIsBetween");

  static final List<String> SPATIAL =
      List.of(
          "BBOX",
          "Equals",
          "Disjoint",
          "Intersects",
          "Touches",
          "Crosses",
          "Within",
          "Contains",
          "Overlaps",
          "DWithin",
          "Beyond");

  static final List<String> GEOMETRY_OPERANDS =
      List.of(
          "gml:Envelope",
          "gml:Point",
          "gml:LineString",
          "gml:Polygon",
          "gml:MultiPoint",
          "gml:MultiCurve",
          "gml:MultiSurface");

  private WfsNames() {}

  static boolean isWfs2(String version) {
    return version.startsWith("2");
  }

  /** WFS 1.0.0, accepted for Transaction only (QGIS edits with it). */
  static final String WFS10_VERSION = "1.0.0";

  static boolean isWfs10(String version) {
    return version.equals(WFS10_VERSION);
  }
}
