package cn.onemap.core.store;

import java.util.Map;

/**
 * A valid-from the store cannot accept: in the future (versions record what was, not plans), or a
 * bulk load's per-feature valid-from attribute that is missing, not a timestamp, or empty. Nothing
 * was written.
 */
public class ValidFromException extends StoreException {
  public ValidFromException(String layerId, String message) {
    super("INVALID_VALID_FROM", message, Map.of("layer", layerId));
  }
}
