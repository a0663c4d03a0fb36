package cn.onemap.core.store;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.identity.FeatureId;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Finds features by the text of their identifying attributes (a case number, a part code, a parcel
 * code, a building or road name) through the store's search index ({@link FeatureStore#search}):
 * index lookups ranked across all layers given (exact before prefix before inside, then the layer's
 * search priority), cut to the limit only after ranking. Which attributes are searched is catalog
 * metadata ({@link SearchFields}); the caller passes only the layers, and of each only the
 * attributes, the user may read, so neither features nor counts of other layers can show.
 */
public final class TextSearch {
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  /** Longer search text is refused. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** Matches read per found value before grouping: enough for the segments of a long road. */
  static final int MATCHES_PER_HIT = 10;

  /** The most matches read for one search. */
  static final int MAX_MATCHES = 500;

  /**
   * A found value: the features of one layer whose attribute has that text. The segments of one
   * road, or the buildings of one compound, are one hit, not a page of identical rows.
   *
   * @param feature the first of them, in the caller's view of the layer
   * @param featureIds all of them found, the first first
   * @param extent the envelope of all of them (CGCS2000), null when none has a geometry
   * @param attribute the attribute that matched
   * @param value that attribute's text
   * @param rank 0 exact, 1 prefix, 2 inside
   */
  public record Hit(
      LayerDefinition layer,
      Feature feature,
      List<String> featureIds,
      Envelope extent,
      String attribute,
      String value,
      int rank) {
    public Hit {
      featureIds = List.copyOf(featureIds);
    }
  }

  private final FeatureStore store;

  public TextSearch(FeatureStore store) {
    this.store = store;
  }

  /**
   * Up to {@code max} found values, best matches first.
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
    // Ranked matches grouped by layer, attribute and value, in rank order, the first max groups.
    Map<List<Object>, List<SearchMatch>> groups = new LinkedHashMap<>();
    for (SearchMatch m :
        store.search(layers, t, (int) Math.min(MAX_MATCHES, (long) max * MATCHES_PER_HIT))) {
      List<Object> key = List.of(m.layerId(), m.attribute(), m.value());
      if (groups.containsKey(key) || groups.size() < max) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
      }
    }
    var hits = new ArrayList<Hit>();
    for (List<SearchMatch> group : groups.values()) {
      SearchMatch first = group.get(0);
      LayerDefinition layer = byId.get(first.layerId());
      // The index commits with the data, so the feature is there; read it in the caller's view.
      Optional<Feature> feature =
          store.get(first.layerId(), first.featureId()).map(f -> visible(f, layer));
      if (feature.isEmpty()) {
        continue;
      }
      List<String> ids = group.stream().map(SearchMatch::featureId).toList();
      Envelope extent =
          ids.size() == 1
              ? feature.get().geometry().map(Geometry::getEnvelopeInternal).orElse(null)
              : extent(layer, ids);
      hits.add(
          new Hit(
              layer, feature.get(), ids, extent, first.attribute(), first.value(), first.rank()));
    }
    return List.copyOf(hits);
  }

  /** The envelope of these features, read in one query without their attributes. */
  private Envelope extent(LayerDefinition layer, List<String> ids) {
    Set<FeatureId> fids = new LinkedHashSet<>();
    ids.forEach(id -> fids.add(FF.featureId(id)));
    FeatureQuery q =
        FeatureQuery.layer(layer.id()).filter(FF.id(fids)).properties(List.of()).build();
    Envelope all = new Envelope();
    try (FeatureCursor cursor = store.query(q)) {
      while (cursor.hasNext()) {
        cursor.next().geometry().ifPresent(g -> all.expandToInclude(g.getEnvelopeInternal()));
      }
    }
    return all.isNull() ? null : all;
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
