package cn.onemap.loaders.schema;

import cn.onemap.core.catalog.LayerDefinition;
import java.util.Map;

/**
 * A layer definition inferred from a source, and which source column feeds which attribute.
 *
 * @param layer the definition to create
 * @param columnToAttribute source column name → attribute name
 */
public record InferredSchema(LayerDefinition layer, Map<String, String> columnToAttribute) {
  public InferredSchema {
    columnToAttribute = Map.copyOf(columnToAttribute);
  }
}
