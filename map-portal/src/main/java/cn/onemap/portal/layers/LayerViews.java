package cn.onemap.portal.layers;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import org.springframework.stereotype.Component;

/** Builds the API's {@link LayerView}s: the definition, its extent, code lists and named styles. */
@Component
class LayerViews {
  private final FeatureStore store;
  private final StyleCatalog styles;

  LayerViews(FeatureStore store, StyleCatalog styles) {
    this.store = store;
    this.styles = styles;
  }

  /** The layer with its extent (a cached scan of the layer). */
  LayerView of(LayerDefinition layer) {
    double[] bbox =
        store
            .extent(layer.id())
            .map(e -> new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()})
            .orElse(null);
    return LayerView.of(layer, bbox, store::codeList, styles.styles(layer.id()));
  }

  /** The layer without its extent (answers to administrative changes). */
  LayerView withoutExtent(LayerDefinition layer) {
    return LayerView.of(layer, null, store::codeList, styles.styles(layer.id()));
  }
}
