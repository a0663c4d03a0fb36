package cn.onemap.portal.layers;

import cn.onemap.core.store.FeatureStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Layer extents for the catalog, cached for a few minutes: computing one scans the layer (seconds
 * for five million events), and the catalog is requested on every page load.
 */
@Component
class LayerExtents {
  private static final long TTL_NANOS = 5L * 60 * 1_000_000_000L;

  private record Cached(Optional<Envelope> extent, long at) {}

  private final FeatureStore store;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  LayerExtents(FeatureStore store) {
    this.store = store;
  }

  Optional<Envelope> of(String layerId) {
    long now = System.nanoTime();
    Cached c = cache.get(layerId);
    if (c == null || now - c.at() > TTL_NANOS) {
      c = new Cached(store.extent(layerId), now);
      cache.put(layerId, c);
    }
    return c.extent();
  }
}
