package cn.onemap.core.crs;

import java.util.Map;

/**
 * A CRS code that is malformed, not in the EPSG database, or not one of the systems One Map
 * supports. Code {@code UNKNOWN_CRS}; {@code details} holds the rejected {@code crs}.
 */
public class UnknownCrsException extends CrsException {

  static final String SUPPORTED =
      "supported: EPSG:4490 (CGCS2000), CGCS2000 Gauss-Kruger EPSG:4491-4554, EPSG:4326, CRS:84,"
          + " EPSG:3857, Xian 1980 EPSG:4610 and its Gauss-Kruger zones EPSG:2327-2390, Beijing 1954"
          + " EPSG:4214 and its Gauss-Kruger zones EPSG:2401-2442, 21413-21423, 21453-21463,"
          + " 21473-21483, GCJ-02, BD-09 and registered LOCAL:* city grids";

  public UnknownCrsException(String crs, String reason) {
    super(
        "UNKNOWN_CRS",
        "Unknown or unsupported coordinate reference system '"
            + crs
            + "': "
            + reason
            + "; "
            + SUPPORTED,
        Map.of("crs", String.valueOf(crs)),
        null);
  }
}
