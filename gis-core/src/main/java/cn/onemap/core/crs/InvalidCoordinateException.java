package cn.onemap.core.crs;

import java.util.Map;

/**
 * A coordinate that is NaN or infinite. Code {@code INVALID_COORDINATE}; {@code details} holds the
 * {@code index} of the point in the input and the {@code crs}.
 */
public class InvalidCoordinateException extends CrsException {

  public InvalidCoordinateException(String crs, int index, double x, double y) {
    super(
        "INVALID_COORDINATE",
        "Coordinate #"
            + index
            + " ("
            + x
            + ", "
            + y
            + ") in "
            + crs
            + " is not a finite number; check the source data for empty or non-numeric cells",
        Map.of("crs", crs, "index", index),
        null);
  }
}
