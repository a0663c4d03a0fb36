package cn.onemap.core.filter;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * A filter could not be parsed, or uses something the store does not support (a function,
 * arithmetic…).
 */
public class FilterException extends GisException {
  public FilterException(String message) {
    super("INVALID_FILTER", message, Map.of(), null);
  }

  public FilterException(String message, Throwable cause) {
    super("INVALID_FILTER", message, Map.of(), cause);
  }
}
