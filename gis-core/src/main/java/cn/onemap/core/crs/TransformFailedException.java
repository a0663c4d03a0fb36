package cn.onemap.core.crs;

import java.util.Map;

/**
 * The underlying transform could not compute a result (GeoTools refused a point, an iterative
 * inverse did not converge). Code {@code TRANSFORM_FAILED}; the cause carries the library error.
 */
public class TransformFailedException extends CrsException {

  public TransformFailedException(String from, String to, String message, Throwable cause) {
    super(
        "TRANSFORM_FAILED",
        "Transform " + from + " -> " + to + " failed: " + message,
        Map.of("from", from, "to", to),
        cause);
  }
}
