package cn.onemap.core.crs;

import java.util.Map;

/**
 * A datum-shift parameter set that cannot be used: a missing or non-numeric property, an unknown
 * convention, a source or target of the wrong kind, or a duplicate name. Code {@code
 * INVALID_DATUM_SHIFT_CONFIG}; {@code details} holds the parameter set {@code name}.
 */
public class DatumShiftConfigException extends CrsException {

  public DatumShiftConfigException(String name, String message) {
    this(name, message, null);
  }

  public DatumShiftConfigException(String name, String message, Throwable cause) {
    super(
        "INVALID_DATUM_SHIFT_CONFIG",
        "Datum shift '" + name + "': " + message,
        Map.of("name", String.valueOf(name)),
        cause);
  }
}
