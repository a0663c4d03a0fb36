package cn.onemap.tiles;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * Root of the errors this module reports; {@link #code()} is stable so the OGC services can map it
 * to an ExceptionReport (e.g. {@code INVALID_STYLE} → {@code StyleNotDefined}/{@code
 * InvalidParameterValue}).
 */
public class TilesException extends GisException {
  public TilesException(String code, String message) {
    super(code, message);
  }

  public TilesException(String code, String message, Map<String, Object> details, Throwable cause) {
    super(code, message, details, cause);
  }
}
