package cn.onemap.core.crs;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * Root of the errors raised by the {@code crs} package. Callers that can act on a specific problem
 * catch a subclass ({@link UnknownCrsException}, {@link OutsideAreaOfUseException}, ...); the
 * message always names the offending code or coordinate and says what would be accepted.
 */
public class CrsException extends GisException {

  public CrsException(String code, String message) {
    this(code, message, Map.of(), null);
  }

  public CrsException(String code, String message, Map<String, Object> details, Throwable cause) {
    super(code, message, details, cause);
  }
}
