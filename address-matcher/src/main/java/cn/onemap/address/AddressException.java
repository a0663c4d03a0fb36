package cn.onemap.address;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * Root of the errors the address engine reports; {@link #code()} is stable and adapters map it to
 * their protocol (HTTP 400 JSON). Codes: {@code EMPTY_ADDRESS}, {@code ADDRESS_TOO_LONG}, {@code
 * INVALID_ADDRESS_CHARACTERS}, {@code INVALID_LIMIT}, {@code INVALID_POSITION}, {@code
 * INVALID_RADIUS}, {@code UNKNOWN_COLUMN}, {@code BATCH_INPUT}, {@code UNKNOWN_ADDRESS_CODE},
 * {@code REVIEW_ITEM_NOT_FOUND}, {@code REVIEW_ITEM_CLOSED}, {@code ADDRESS_DATA} (the registry in
 * the store cannot be read).
 */
public class AddressException extends GisException {
  public AddressException(String code, String message, Map<String, Object> details) {
    super(code, message, details, null);
  }

  public AddressException(
      String code, String message, Map<String, Object> details, Throwable cause) {
    super(code, message, details, cause);
  }
}
