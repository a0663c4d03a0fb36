package cn.onemap.core.filter;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.UnknownPropertyException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The properties a request may name for one layer, and the SQL column each maps to. The only path
 * from a user-supplied name to SQL: names are looked up here, the column text comes from the
 * catalog.
 *
 * <p>Besides the schema's attributes: {@code fid}, {@code version}, {@code valid_from}, {@code
 * valid_to}, {@code author}, and the geometry as {@code geom} or {@code geometry} (an empty name
 * also means the geometry, as in an FES BBOX without a ValueReference).
 */
public final class LayerProperties {

  /**
   * A resolvable property.
   *
   * @param type the value type; empty for the geometry
   */
  public record Property(String name, String column, Optional<AttributeType> type) {
    public boolean isGeometry() {
      return type.isEmpty();
    }
  }

  public static final String GEOMETRY_COLUMN = "geom";

  private final String layerId;
  private final Map<String, Property> byName = new LinkedHashMap<>();
  private final Property geometry;

  private LayerProperties(LayerDefinition layer) {
    this.layerId = layer.id();
    system("fid", AttributeType.STRING);
    system("version", AttributeType.INTEGER);
    system("valid_from", AttributeType.TIMESTAMP);
    system("valid_to", AttributeType.TIMESTAMP);
    system("author", AttributeType.STRING);
    for (AttributeDefinition a : layer.attributes()) {
      byName.put(a.name(), new Property(a.name(), quote(a.name()), Optional.of(a.type())));
    }
    geometry = new Property(GEOMETRY_COLUMN, GEOMETRY_COLUMN, Optional.empty());
  }

  public static LayerProperties of(LayerDefinition layer) {
    return new LayerProperties(layer);
  }

  /** The property, or {@link UnknownPropertyException}. */
  public Property resolve(String name) {
    if (name == null || name.isEmpty() || name.equals("geom") || name.equals("geometry")) {
      return geometry;
    }
    Property p = byName.get(name);
    if (p == null) {
      var known = new java.util.ArrayList<>(byName.keySet());
      known.add("geom");
      throw new UnknownPropertyException(layerId, name, known);
    }
    return p;
  }

  public Property geometry() {
    return geometry;
  }

  public String layerId() {
    return layerId;
  }

  /**
   * Quotes a catalog identifier for SQL; identifiers are validated, so they contain no quote
   * characters.
   */
  public static String quote(String identifier) {
    return '"' + identifier + '"';
  }

  private void system(String name, AttributeType type) {
    byName.put(name, new Property(name, name, Optional.of(type)));
  }
}
