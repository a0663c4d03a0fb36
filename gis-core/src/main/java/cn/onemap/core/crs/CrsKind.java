package cn.onemap.core.crs;

/** Whether a CRS holds angles (longitude/latitude in degrees) or plane coordinates in metres. */
public enum CrsKind {
  /** x = longitude, y = latitude, in decimal degrees. */
  GEOGRAPHIC,
  /** x = easting, y = northing, in metres. */
  PROJECTED
}
