package cn.onemap.ogc.wmts;

import cn.onemap.ogc.ows.ServiceException;

/**
 * WMTS 1.0.0 exceptions (Table 28 and OWS Common): an unknown or hidden layer and an unknown tile
 * matrix set or level are 404 (the resource does not exist for this caller, KVP and RESTful alike),
 * a tile outside its matrix TileOutOfRange (400), a pixel outside the tile PointIJOutOfRange (400).
 */
final class WmtsErrors {
  static final String TILE_OUT_OF_RANGE = "TileOutOfRange";
  static final String POINT_IJ_OUT_OF_RANGE = "PointIJOutOfRange";

  private WmtsErrors() {}

  static ServiceException unknown(String locator, String what, String value) {
    return new ServiceException(
        ServiceException.INVALID_PARAMETER_VALUE,
        locator,
        404,
        what + " '" + abbreviate(value) + "' is not offered");
  }

  static ServiceException tileOutOfRange(String locator, String message) {
    return new ServiceException(TILE_OUT_OF_RANGE, locator, 400, message);
  }

  static ServiceException pointOutOfRange(String locator, String message) {
    return new ServiceException(POINT_IJ_OUT_OF_RANGE, locator, 400, message);
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
