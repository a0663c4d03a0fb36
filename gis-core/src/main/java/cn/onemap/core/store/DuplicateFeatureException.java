package cn.onemap.core.store;

import java.util.Map;

/** An insert used the id of a feature that exists (or, in a bulk load, ever existed). */
public class DuplicateFeatureException extends StoreException {
  public DuplicateFeatureException(String layerId, String featureId) {
    super(
        "DUPLICATE_FEATURE",
        "layer '"
            + layerId
            + "' already has a feature '"
            + featureId
            + "'; update it instead of inserting",
        Map.of("layer", layerId, "feature", featureId));
  }
}
