package cn.onemap.core.store;

import java.util.Map;

/** A read would return more features than its limit allows (a vector tile too dense to serve). */
public class FeatureLimitException extends StoreException {
  public FeatureLimitException(String layerId, int limit) {
    super(
        "FEATURE_LIMIT",
        "layer '" + layerId + "' has more than " + limit + " features in the requested area",
        Map.of("layer", layerId, "limit", limit));
  }
}
