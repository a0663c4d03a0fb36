package cn.onemap.sample;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.FeatureEdit;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * A generated layer: its definition and a way to produce its features. Each call of {@code
 * features} starts a fresh iterator that yields the same features in the same order; big layers
 * compute them lazily, so they are never all in memory.
 */
public record LayerSource(
    LayerDefinition definition, Supplier<Iterator<FeatureEdit.Insert>> features) {
  public String id() {
    return definition.id();
  }
}
