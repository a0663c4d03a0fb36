package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Catalog metadata of the feature search: which attributes of a layer the search index holds, and
 * the layer's priority among layers when matches rank equally (lower first). Kept in {@code
 * om_search_layer} and {@code om_search_attribute}; a layer gets {@link #defaults} when it is
 * created (or, for layers older than the index, when the store first opens after the migration).
 *
 * @param layerId the layer
 * @param priority lower ranks first among equally good matches
 * @param attributes searched attributes, STRING ones of the layer
 */
public record SearchFields(String layerId, int priority, List<String> attributes) {

  /**
   * Identifiers people type: codes, case numbers, part codes ({@code obj_id}), pipe point numbers,
   * parcel codes ({@code parcel_code}, the cadastral {@code dkbm} 地块编码 and {@code zddm} 宗地代码).
   * Parent references ({@code county_code}, {@code landuse_code}) are left out: they would make
   * every feature of a county match its code.
   */
  static final Pattern IDENTIFIER =
      Pattern.compile("^(code|bgid|dkbm|zddm|zdbm|bsm|parcel_code)$|_(no|id)$");

  /** Default priorities by kind: what a person looking something up most likely means first. */
  private static final Map<LayerKind, Integer> KIND_PRIORITY =
      Map.of(
          LayerKind.BASE, 10,
          LayerKind.CITY_PART, 20,
          LayerKind.EVENT, 30,
          LayerKind.THEMATIC, 40,
          LayerKind.PIPELINE, 50,
          LayerKind.UNIT_GRID, 60,
          LayerKind.ADDRESS, 70,
          LayerKind.ANALYSIS, 80);

  public SearchFields {
    attributes = List.copyOf(attributes);
  }

  /**
   * The default: the layer's name attribute ({@code name}, else its first {@code *_name}) and its
   * identifiers ({@link #IDENTIFIER}), text attributes without a code list; priority by kind.
   */
  public static SearchFields defaults(LayerDefinition layer) {
    return new SearchFields(
        layer.id(), KIND_PRIORITY.getOrDefault(layer.kind(), 90), defaultAttributes(layer));
  }

  static List<String> defaultAttributes(LayerDefinition layer) {
    List<AttributeDefinition> text =
        layer.attributes().stream()
            .filter(a -> a.type() == AttributeType.STRING && a.codeList() == null)
            .toList();
    Optional<AttributeDefinition> name =
        text.stream()
            .filter(a -> a.name().equals("name"))
            .findFirst()
            .or(() -> text.stream().filter(a -> a.name().endsWith("_name")).findFirst());
    return text.stream()
        .filter(a -> IDENTIFIER.matcher(a.name()).find() || name.filter(a::equals).isPresent())
        .map(AttributeDefinition::name)
        .toList();
  }

  /** Attributes added to a layer later join the search when the default rule picks them. */
  SearchFields withAdded(LayerDefinition altered, List<AttributeDefinition> added) {
    List<String> picked = defaultAttributes(altered);
    var all = new java.util.ArrayList<>(attributes);
    for (AttributeDefinition a : added) {
      if (picked.contains(a.name()) && !all.contains(a.name())) {
        all.add(a.name());
      }
    }
    return new SearchFields(layerId, priority, all);
  }
}
