package cn.onemap.ogc.print;

import cn.onemap.core.GisException;
import java.util.Map;

/** A print that cannot be made as asked: {@code INVALID_PRINT} names the offending field. */
public final class PrintException extends GisException {
  public static final String INVALID = "INVALID_PRINT";

  private PrintException(String code, String message, Map<String, Object> details) {
    super(code, message, details, null);
  }

  public static PrintException invalid(String field, String message) {
    return new PrintException(INVALID, message, Map.of("field", field));
  }
}
