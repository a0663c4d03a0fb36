package cn.onemap.core.store;

import java.util.Map;

/** A layer with this id already exists. */
public class LayerExistsException extends StoreException {
  public LayerExistsException(String layerId) {
    super("LAYER_EXISTS", "layer '" + layerId + "' already exists", Map.of("layer", layerId));
  }
}
