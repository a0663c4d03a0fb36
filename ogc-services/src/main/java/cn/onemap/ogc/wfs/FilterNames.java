package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.fes.PropertyNames;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.expression.PropertyName;
import org.geotools.filter.visitor.DefaultFilterVisitor;

/**
 * Checks every property name of a parsed filter (ECQL, CQL2) against the schema with the protocol's
 * locator, before the store sees it. The store checks again; this gives the right error.
 */
public final class FilterNames {
  private FilterNames() {}

  public static void check(LayerDefinition layer, Filter filter, String locator) {
    filter.accept(
        new DefaultFilterVisitor() {
          @Override
          public Object visit(PropertyName expression, Object data) {
            PropertyNames.check(layer, expression.getPropertyName(), locator);
            return data;
          }
        },
        null);
  }
}
