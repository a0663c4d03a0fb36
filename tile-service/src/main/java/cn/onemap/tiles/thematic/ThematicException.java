package cn.onemap.tiles.thematic;

import cn.onemap.tiles.TilesException;
import java.util.Map;

/** A thematic map that cannot be made: unknown attribute, wrong type, bad parameter. */
public final class ThematicException extends TilesException {
  public static final String CODE = "INVALID_THEMATIC";

  public ThematicException(String message, Map<String, Object> details) {
    super(CODE, message, details, null);
  }
}
