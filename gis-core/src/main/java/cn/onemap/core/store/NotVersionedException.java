package cn.onemap.core.store;

import java.util.Map;

/** An as-of query or a history was asked of a layer that does not keep history. */
public class NotVersionedException extends StoreException {
  public NotVersionedException(String layerId) {
    super(
        "NOT_VERSIONED",
        "layer '" + layerId + "' does not keep history, so it can only be read as it is now",
        Map.of("layer", layerId));
  }
}
