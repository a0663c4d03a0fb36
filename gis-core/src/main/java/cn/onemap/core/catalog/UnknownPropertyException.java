package cn.onemap.core.catalog;

import cn.onemap.core.GisException;
import java.util.Collection;
import java.util.Map;

/**
 * A request named a property that the layer's schema does not have. Names are never passed through
 * to SQL or evaluated as expressions; they are looked up in the schema and this is raised when the
 * lookup fails.
 */
public class UnknownPropertyException extends GisException {
  public UnknownPropertyException(String layerId, String property, Collection<String> known) {
    super(
        "UNKNOWN_PROPERTY",
        "layer '"
            + layerId
            + "' has no property '"
            + abbreviate(property)
            + "'; known properties: "
            + known,
        Map.of("layer", layerId, "property", abbreviate(property)),
        null);
  }

  private static String abbreviate(String s) {
    return s == null ? "null" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
