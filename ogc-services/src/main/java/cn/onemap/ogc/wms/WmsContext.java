package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.thematic.ThematicStyles;
import java.util.ArrayList;
import java.util.List;

/**
 * What every WMS handler shares: the store, the renderer, the settings, and the rule for layer
 * names ({@code roads} or {@code onemap:roads}; a layer the caller cannot read is reported exactly
 * like an unknown one, LayerNotDefined), and the thematic styles made from the data ({@code
 * STYLES=thematic-…}).
 */
record WmsContext(
    FeatureStore store,
    MapRenderer renderer,
    WmsConfig config,
    StyleCatalog styles,
    ThematicStyles thematic) {
  static final String PREFIX = "onemap";

  List<LayerDefinition> readableLayers(AccessPolicy policy) {
    return store.layers().stream().filter(policy::canRead).map(policy::visible).toList();
  }

  LayerDefinition layer(String name, AccessPolicy policy, String locator) {
    String id = name.strip();
    if (id.startsWith(PREFIX + ":")) {
      id = id.substring(PREFIX.length() + 1);
    }
    String finalId = id;
    if (!finalId.matches("[A-Za-z][A-Za-z0-9_]{0,62}")) {
      throw WmsErrors.layerNotDefined(locator, name);
    }
    return store
        .layer(finalId)
        .filter(policy::canRead)
        .map(policy::visible)
        .orElseThrow(() -> WmsErrors.layerNotDefined(locator, name));
  }

  /** A comma-separated list of layer names (LAYERS, QUERY_LAYERS), in order. */
  List<LayerDefinition> layers(String list, AccessPolicy policy, String locator) {
    List<LayerDefinition> out = new ArrayList<>();
    for (String name : list.split(",", -1)) {
      if (name.isBlank()) {
        throw WmsErrors.layerNotDefined(locator, "");
      }
      out.add(layer(name, policy, locator));
    }
    return out;
  }
}
