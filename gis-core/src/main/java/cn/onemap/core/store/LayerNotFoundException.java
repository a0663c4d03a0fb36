package cn.onemap.core.store;

import java.util.Map;

/** No layer with this id in the catalog. */
public class LayerNotFoundException extends StoreException {
  public LayerNotFoundException(String layerId) {
    super(
        "LAYER_NOT_FOUND",
        "no layer '" + layerId + "' in the catalog",
        Map.of("layer", String.valueOf(layerId)));
  }
}
