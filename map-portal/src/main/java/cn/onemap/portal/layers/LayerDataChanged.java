package cn.onemap.portal.layers;

/**
 * Published (as a Spring application event) after this node changed a layer's features, e.g. an
 * import committed; caches built from layer data (the address engine) listen for it.
 *
 * @param layerId the layer whose features changed
 */
public record LayerDataChanged(String layerId) {}
