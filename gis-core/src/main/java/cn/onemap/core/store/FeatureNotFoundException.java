package cn.onemap.core.store;

import java.util.Map;

/** No current feature with this id in the layer (it never existed or has been deleted). */
public class FeatureNotFoundException extends StoreException {
  public FeatureNotFoundException(String layerId, String featureId) {
    super(
        "FEATURE_NOT_FOUND",
        "layer '" + layerId + "' has no current feature '" + featureId + "'",
        Map.of("layer", layerId, "feature", featureId));
  }
}
