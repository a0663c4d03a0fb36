package cn.onemap.core.geom;

import cn.onemap.core.GisException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * A geometry could not be parsed, or was parsed but is not valid (self-intersection, NaN, wrong
 * type…).
 */
public class InvalidGeometryException extends GisException {

  public InvalidGeometryException(String message, Throwable cause) {
    super("INVALID_GEOMETRY", message, Map.of(), cause);
  }

  public InvalidGeometryException(String message, String reason, Coordinate location) {
    super("INVALID_GEOMETRY", message, details(reason, location), null);
  }

  private static Map<String, Object> details(String reason, Coordinate location) {
    var details = new LinkedHashMap<String, Object>();
    details.put("reason", reason);
    if (location != null) {
      details.put("x", location.x);
      details.put("y", location.y);
    }
    return details;
  }
}
