package cn.onemap.ogc.ows;

import cn.onemap.core.GisException;

/**
 * Maps gis-core error codes to OWS exception codes. Unknown layers and features become 404-ish
 * codes, bad user input 400; anything else is a server-side processing failure (500) whose message
 * is still the store's (it never holds SQL or stack traces).
 */
public final class GisErrors {
  private GisErrors() {}

  public static ServiceException toServiceException(GisException e) {
    Object property = e.details().get("property");
    return switch (e.code()) {
      case "UNKNOWN_PROPERTY" ->
          ServiceException.invalid(property == null ? null : property.toString(), e.getMessage());
      case "INVALID_FILTER",
              "INVALID_GEOMETRY",
              "INVALID_VALUE",
              "UNKNOWN_CRS",
              "OUTSIDE_AREA_OF_USE",
              "INVALID_COORDINATE",
              "INVALID_SCHEMA",
              "NOT_VERSIONED" ->
          ServiceException.invalid(null, e.getMessage());
      case "INVALID_BBOX" -> ServiceException.invalid("bbox", e.getMessage());
      case "LAYER_NOT_FOUND" -> ServiceException.invalid("typeName", e.getMessage());
      case "FEATURE_NOT_FOUND" ->
          new ServiceException(ServiceException.NOT_FOUND, null, 404, e.getMessage());
      case "EDIT_CONFLICT", "DUPLICATE_FEATURE" ->
          new ServiceException(
              ServiceException.OPERATION_PROCESSING_FAILED, null, 409, e.getMessage());
      default ->
          new ServiceException(
              ServiceException.OPERATION_PROCESSING_FAILED, null, 500, e.getMessage());
    };
  }
}
