package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import java.util.List;

/** A layer as the API shows it. */
record LayerView(
    String id,
    String title,
    String kind,
    String geometryType,
    String accessLevel,
    boolean versioned,
    String defaultStyle,
    List<AttributeView> attributes,
    double[] bbox) {

  record AttributeView(String name, String type, boolean required, String label) {}

  static LayerView of(LayerDefinition layer, double[] bbox) {
    return new LayerView(
        layer.id(),
        layer.title(),
        layer.kind().name(),
        layer.geometryType().name(),
        layer.accessLevel().name(),
        layer.versioned(),
        layer.defaultStyle(),
        layer.attributes().stream().map(LayerView::attribute).toList(),
        bbox);
  }

  private static AttributeView attribute(AttributeDefinition a) {
    return new AttributeView(a.name(), a.type().name(), a.required(), a.label());
  }
}
