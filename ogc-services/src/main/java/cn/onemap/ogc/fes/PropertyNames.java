package cn.onemap.ogc.fes;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.filter.LayerProperties;
import cn.onemap.ogc.ows.ServiceException;
import java.util.regex.Pattern;

/**
 * Checks a property name sent by a client (ValueReference, PropertyName, SORTBY, PROPERTYNAME,
 * filter names) against the layer schema. Accepts a plain name or {@code onemap:name}; anything
 * that looks like an XPath or expression ({@code /}, {@code [}, {@code (}, {@code @}, ...) is
 * refused before any lookup, and unknown names are refused with the parameter as locator.
 */
public final class PropertyNames {
  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]{0,47}");

  private PropertyNames() {}

  /**
   * The schema name of {@code raw}.
   *
   * @throws ServiceException InvalidParameterValue with {@code locator} when refused
   */
  public static String check(LayerDefinition layer, String raw, String locator) {
    String name = raw == null ? "" : raw.strip();
    if (name.startsWith("onemap:")) {
      name = name.substring("onemap:".length());
    }
    if (!PLAIN.matcher(name).matches()) {
      throw ServiceException.invalid(
          locator,
          "'"
              + abbreviate(raw)
              + "' is not a property name of "
              + layer.id()
              + " (XPath and expressions are not accepted; use a plain attribute name)");
    }
    try {
      return LayerProperties.of(layer).resolve(name).name();
    } catch (UnknownPropertyException e) {
      throw ServiceException.invalid(locator, e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
