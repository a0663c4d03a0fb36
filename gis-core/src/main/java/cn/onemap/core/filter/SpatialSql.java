package cn.onemap.core.filter;

/** The few spatial SQL spellings that differ between H2GIS and PostGIS. */
public interface SpatialSql {

  /** SQL for a geometry bound as one parameter, e.g. {@code ST_GeomFromEWKB(?)}. */
  String geometryParam();

  /**
   * SQL testing that two geometries (CGCS2000) lie within a distance in metres, measured on the
   * ellipsoid or in the local Gauss-Krüger zone; the distance is bound as the last parameter.
   */
  String withinMeters(String column, String geometrySql);
}
