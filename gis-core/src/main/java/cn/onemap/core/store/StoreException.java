package cn.onemap.core.store;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * The database failed in a way the caller cannot fix by changing the request (connection lost, disk
 * full…).
 */
public class StoreException extends GisException {
  public StoreException(String message, Throwable cause) {
    super("STORE_ERROR", message, Map.of(), cause);
  }

  protected StoreException(String code, String message, Map<String, Object> details) {
    super(code, message, details, null);
  }
}
