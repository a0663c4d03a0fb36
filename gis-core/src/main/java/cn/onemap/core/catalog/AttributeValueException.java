package cn.onemap.core.catalog;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * A value does not fit its attribute: wrong type, out of range, or missing where the attribute is
 * required.
 */
public class AttributeValueException extends GisException {
  public AttributeValueException(String attribute, String message) {
    super("INVALID_VALUE", message, Map.of("attribute", attribute), null);
  }
}
