package cn.onemap.core;

import java.util.Map;

/**
 * Root of every error gis-core reports. Unchecked, like JTS's exceptions: callers that can act on a
 * specific problem catch the subclass; adapters (REST, OGC) map {@link #code()} to their protocol's
 * error format.
 *
 * <p>The message is written for the person who sent the input: it names the offending value and
 * says what would be accepted. {@link #details()} carries the same context in machine-readable form
 * (e.g. the row, the property name).
 */
public class GisException extends RuntimeException {
  private final String code;
  private final Map<String, Object> details;

  public GisException(String code, String message) {
    this(code, message, Map.of(), null);
  }

  public GisException(String code, String message, Map<String, Object> details, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.details = Map.copyOf(details);
  }

  /** A stable, machine-readable error code such as {@code INVALID_GEOMETRY}. */
  public String code() {
    return code;
  }

  /** Context of the failure (offending value, position, property); never null. */
  public Map<String, Object> details() {
    return details;
  }
}
