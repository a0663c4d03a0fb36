package cn.onemap.portal.security;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.LayerNotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which layers a caller may read. REST, OGC services, tiles, geocoding
 * and exports all ask here.
 */
@Component
public class LayerAccess {
  private final FeatureStore store;

  LayerAccess(FeatureStore store) {
    this.store = store;
  }

  public static AccessLevel clearance(Optional<Caller> caller) {
    return caller.map(c -> Role.clearance(c.roles())).orElse(AccessLevel.PUBLIC);
  }

  public boolean canRead(Optional<Caller> caller, LayerDefinition layer) {
    return clearance(caller).permits(layer.accessLevel())
        && caller.map(c -> c.mayReadLayer(layer.id())).orElse(true);
  }

  /** Layers the current caller may read, by id. */
  public List<LayerDefinition> readableLayers() {
    Optional<Caller> caller = Callers.current();
    return store.layers().stream().filter(l -> canRead(caller, l)).toList();
  }

  /**
   * The layer if the current caller may read it. A layer it may not read is not found, exactly as
   * an unknown one ({@link LayerNotFoundException}, 404 {@code LAYER_NOT_FOUND}), as the OGC
   * services answer: a refusal would confirm that the layer exists and name its title and level.
   */
  public LayerDefinition requireReadable(String layerId) {
    return store
        .layer(layerId)
        .filter(layer -> canRead(Callers.current(), layer))
        .orElseThrow(() -> new LayerNotFoundException(layerId));
  }

  /** Whether the current caller may change the layer's data (import, edit). */
  public LayerDefinition requireEditable(String layerId) {
    LayerDefinition layer = requireReadable(layerId);
    Optional<Caller> caller = Callers.current();
    if (caller.isEmpty() || !caller.get().has(Role.EDITOR)) {
      throw new LayerAccessDeniedException(layer, caller.isPresent());
    }
    return layer;
  }
}
