package cn.onemap.portal.security;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
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

  /**
   * Whether the caller may read an attribute's values: it has no read role, or the caller holds
   * that role (ADMIN holds every role). Anonymous callers read only unrestricted attributes.
   */
  public static boolean canReadAttribute(Optional<Caller> caller, AttributeDefinition attribute) {
    if (attribute.readRole() == null) {
      return true;
    }
    Optional<Role> role = Role.named(attribute.readRole());
    return caller.isPresent() && role.map(r -> caller.get().has(r)).orElse(false);
  }

  /**
   * The layer as this caller sees it: without the attributes it may not read (per-attribute
   * permissions). Every reader (REST, exports, WFS, OGC API, GetFeatureInfo, vector tiles) gets
   * this schema, so the values are never written and filters naming them are refused as unknown.
   */
  public static LayerDefinition visible(Optional<Caller> caller, LayerDefinition layer) {
    return layer.withAttributesOnly(a -> canReadAttribute(caller, a));
  }

  /** Layers the current caller may read, by id, each as it sees it ({@link #visible}). */
  public List<LayerDefinition> readableLayers() {
    Optional<Caller> caller = Callers.current();
    return store.layers().stream()
        .filter(l -> canRead(caller, l))
        .map(l -> visible(caller, l))
        .toList();
  }

  /**
   * The layer if the current caller may read it. A layer it may not read is not found, exactly as
   * an unknown one ({@link LayerNotFoundException}, 404 {@code LAYER_NOT_FOUND}), as the OGC
   * services answer: a refusal would confirm that the layer exists and name its title and level.
   */
  public LayerDefinition requireReadable(String layerId) {
    Optional<Caller> caller = Callers.current();
    return visible(caller, readable(layerId, caller));
  }

  private LayerDefinition readable(String layerId, Optional<Caller> caller) {
    return store
        .layer(layerId)
        .filter(layer -> canRead(caller, layer))
        .orElseThrow(() -> new LayerNotFoundException(layerId));
  }

  /**
   * Whether the current caller may change the layer's data (import, edit); the whole schema, as an
   * edit must keep the values of attributes the editor may not read.
   */
  public LayerDefinition requireEditable(String layerId) {
    LayerDefinition layer = readable(layerId, Callers.current());
    Optional<Caller> caller = Callers.current();
    if (caller.isEmpty() || !caller.get().has(Role.EDITOR)) {
      throw new LayerAccessDeniedException(layer, caller.isPresent());
    }
    return layer;
  }
}
