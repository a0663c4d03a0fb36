package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds features by the text of their identifying attributes (a case number, a part code, a parcel
 * code, a building or road name) through the store's search index ({@link FeatureStore#search}):
 * index lookups ranked across all layers given (exact before prefix before inside, then the layer's
 * search priority), cut to the limit only after ranking. Which attributes are searched is catalog
 * metadata ({@link SearchFields}); the caller passes only the layers, and of each only the
 * attributes, the user may read, so neither features nor counts of other layers can show.
 */
public final class TextSearch {
  /** Longer search text is refused. */
  public static final int MAX_TEXT_LENGTH = 100;

  /**
   * A found feature.
   *
   * @param attribute the attribute that matched
   * @param value that attribute's text
   * @param rank 0 exact, 1 prefix, 2 inside
   */
  public record Hit(
      LayerDefinition layer, Feature feature, String attribute, String value, int rank) {}

  private final FeatureStore store;

  public TextSearch(FeatureStore store) {
    this.store = store;
  }

  /**
   * Up to {@code max} features, best matches first.
   *
   * @throws IllegalArgumentException for empty or too long text
   */
  public List<Hit> search(List<LayerDefinition> layers, String text, int max) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "search text must be 1.." + MAX_TEXT_LENGTH + " characters, was " + t.length());
    }
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1");
    }
    Map<String, LayerDefinition> byId =
        layers.stream().collect(Collectors.toMap(LayerDefinition::id, Function.identity()));
    var hits = new ArrayList<Hit>();
    for (SearchMatch m : store.search(layers, t, max)) {
      LayerDefinition layer = byId.get(m.layerId());
      // The index commits with the data, so the feature is there; read it in the caller's view.
      store
          .get(m.layerId(), m.featureId())
          .map(f -> visible(f, layer))
          .ifPresent(f -> hits.add(new Hit(layer, f, m.attribute(), m.value(), m.rank())));
    }
    return List.copyOf(hits);
  }

  /** The feature with only the attributes of the caller's view of the layer. */
  private static Feature visible(Feature f, LayerDefinition layer) {
    var values = new java.util.LinkedHashMap<String, Object>();
    for (var a : layer.attributes()) {
      values.put(a.name(), f.attribute(a.name()));
    }
    return new Feature(f.id(), f.geometry(), values, f.version());
  }
}
