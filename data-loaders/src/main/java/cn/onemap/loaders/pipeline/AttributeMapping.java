package cn.onemap.loaders.pipeline;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.loaders.schema.FieldNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which source column feeds which layer attribute. For an existing layer a column matches an
 * attribute by name (case-insensitive), then by label (the Chinese name the layer shows), then by
 * the identifier {@link FieldNames} would give it. Columns without an attribute are ignored and
 * reported once.
 */
public final class AttributeMapping {
  private final Map<String, String> columnToAttribute;
  private final List<String> ignored;

  private AttributeMapping(Map<String, String> columnToAttribute, List<String> ignored) {
    this.columnToAttribute = columnToAttribute;
    this.ignored = ignored;
  }

  /** A mapping decided elsewhere (schema inference). */
  public static AttributeMapping of(Map<String, String> columnToAttribute) {
    return new AttributeMapping(new LinkedHashMap<>(columnToAttribute), List.of());
  }

  /** Matches the columns against an existing layer's attributes. */
  public static AttributeMapping match(LayerDefinition layer, List<String> columns) {
    Map<String, String> map = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      Optional<String> attribute = find(layer, column, i + 1);
      if (attribute.isPresent() && !map.containsValue(attribute.get())) {
        map.put(column, attribute.get());
      } else {
        ignored.add(column);
      }
    }
    return new AttributeMapping(map, ignored);
  }

  private static Optional<String> find(LayerDefinition layer, String column, int position) {
    String c = column.strip();
    for (AttributeDefinition a : layer.attributes()) {
      if (a.name().equalsIgnoreCase(c)) {
        return Optional.of(a.name());
      }
    }
    for (AttributeDefinition a : layer.attributes()) {
      if (a.label().strip().equals(c)) {
        return Optional.of(a.name());
      }
    }
    String id = FieldNames.sanitiseOne(c, position).toLowerCase(Locale.ROOT);
    return layer.attribute(id).map(AttributeDefinition::name);
  }

  /** The attribute fed by a column. */
  public Optional<String> attribute(String column) {
    return Optional.ofNullable(columnToAttribute.get(column));
  }

  /** Columns that feed no attribute. */
  public List<String> ignored() {
    return ignored;
  }

  /** The row's values keyed by attribute name; columns without an attribute are dropped. */
  public Map<String, Object> apply(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>(columnToAttribute.size() * 2);
    for (Map.Entry<String, String> e : columnToAttribute.entrySet()) {
      Object v = values.get(e.getKey());
      if (v instanceof String s && s.isBlank()) {
        v = null;
      }
      if (v != null || values.containsKey(e.getKey())) {
        out.put(e.getValue(), v);
      }
    }
    return out;
  }
}
