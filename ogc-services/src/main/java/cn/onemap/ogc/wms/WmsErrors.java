package cn.onemap.ogc.wms;

import cn.onemap.ogc.ows.ServiceException;

/**
 * The exception codes of WMS 1.3.0 (Table E.1, also used by 1.1.1) as {@link ServiceException}
 * factories; errors without a WMS code use OWS's {@code InvalidParameterValue} / {@code
 * MissingParameterValue}.
 */
final class WmsErrors {
  static final String INVALID_FORMAT = "InvalidFormat";
  static final String INVALID_CRS = "InvalidCRS";
  static final String INVALID_SRS = "InvalidSRS";
  static final String LAYER_NOT_DEFINED = "LayerNotDefined";
  static final String STYLE_NOT_DEFINED = "StyleNotDefined";
  static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
  static final String INVALID_POINT = "InvalidPoint";
  static final String CURRENT_UPDATE_SEQUENCE = "CurrentUpdateSequence";
  static final String INVALID_UPDATE_SEQUENCE = "InvalidUpdateSequence";
  static final String MISSING_DIMENSION_VALUE = "MissingDimensionValue";
  static final String INVALID_DIMENSION_VALUE = "InvalidDimensionValue";

  private WmsErrors() {}

  static ServiceException of(String code, String locator, String message) {
    return new ServiceException(code, locator, message);
  }

  static ServiceException layerNotDefined(String locator, String name) {
    return of(LAYER_NOT_DEFINED, locator, "layer '" + abbreviate(name) + "' is not defined");
  }

  static ServiceException invalidFormat(String locator, String format, Object offered) {
    return of(
        INVALID_FORMAT,
        locator,
        "format '" + abbreviate(format) + "' is not supported; offered: " + offered);
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
