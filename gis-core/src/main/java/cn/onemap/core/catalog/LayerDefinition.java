package cn.onemap.core.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A layer of the catalog. Geometry is always stored in CGCS2000 ({@link #STORAGE_SRID}); loaders
 * transform before they write.
 *
 * @param id SQL-safe identifier, also the layer's URL segment (e.g. {@code water_pipes})
 * @param title Chinese title shown to users (e.g. "给水管线")
 * @param kind what the layer holds
 * @param geometryType geometry type of every feature
 * @param attributes attribute schema, in display order; names unique
 * @param accessLevel who may read the layer
 * @param versioned whether edits keep every past version (as-of queries and history need it)
 * @param defaultStyle name of the style renderers use when the request names none
 * @param group the layer-tree group (图层分组) an admin filed it under, trimmed, at most {@value
 *     #MAX_GROUP_LENGTH} characters; empty when none (clients then group by kind)
 */
public record LayerDefinition(
    String id,
    String title,
    LayerKind kind,
    GeometryType geometryType,
    List<AttributeDefinition> attributes,
    AccessLevel accessLevel,
    boolean versioned,
    String defaultStyle,
    Optional<String> group) {

  /** CGCS2000 geographic: the one storage CRS of the platform. */
  public static final int STORAGE_SRID = 4490;

  /** The longest group name (characters), as stored in {@code om_layer.layer_group}. */
  public static final int MAX_GROUP_LENGTH = 50;

  public LayerDefinition {
    Identifiers.requireIdentifier("layer", id);
    if (title == null || title.isBlank()) {
      throw new SchemaException("layer '" + id + "' needs a title", Map.of("layer", id));
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(geometryType, "geometryType");
    attributes = List.copyOf(attributes);
    var names = new HashSet<String>();
    for (AttributeDefinition a : attributes) {
      if (!names.add(a.name())) {
        throw new SchemaException(
            "layer '" + id + "' defines attribute '" + a.name() + "' twice",
            Map.of("attribute", a.name()));
      }
    }
    accessLevel = accessLevel == null ? kind.defaultAccessLevel() : accessLevel;
    defaultStyle =
        defaultStyle == null || defaultStyle.isBlank() ? kind.name().toLowerCase() : defaultStyle;
    group = group == null ? Optional.empty() : group.map(String::strip).filter(g -> !g.isEmpty());
    if (group.isPresent() && group.get().length() > MAX_GROUP_LENGTH) {
      throw new SchemaException(
          "layer '"
              + id
              + "': a group name has at most "
              + MAX_GROUP_LENGTH
              + " characters, not "
              + group.get().length(),
          Map.of("layer", id, "group", group.get()));
    }
  }

  /** A layer in no group. */
  public LayerDefinition(
      String id,
      String title,
      LayerKind kind,
      GeometryType geometryType,
      List<AttributeDefinition> attributes,
      AccessLevel accessLevel,
      boolean versioned,
      String defaultStyle) {
    this(
        id,
        title,
        kind,
        geometryType,
        attributes,
        accessLevel,
        versioned,
        defaultStyle,
        Optional.empty());
  }

  /** A versioned layer with the kind's default access level and style. */
  public static LayerDefinition of(
      String id,
      String title,
      LayerKind kind,
      GeometryType geometryType,
      List<AttributeDefinition> attributes) {
    return new LayerDefinition(id, title, kind, geometryType, attributes, null, true, null);
  }

  public int storageSrid() {
    return STORAGE_SRID;
  }

  public Optional<AttributeDefinition> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * The same layer with only the attributes {@code keep} accepts: the schema a caller sees who may
   * not read the others (per-attribute permissions); writers and filters then know only those.
   */
  public LayerDefinition withAttributesOnly(
      java.util.function.Predicate<AttributeDefinition> keep) {
    List<AttributeDefinition> kept = attributes.stream().filter(keep).toList();
    return kept.size() == attributes.size()
        ? this
        : new LayerDefinition(
            id, title, kind, geometryType, kept, accessLevel, versioned, defaultStyle, group);
  }

  public LayerDefinition withAccessLevel(AccessLevel level) {
    return new LayerDefinition(
        id, title, kind, geometryType, attributes, level, versioned, defaultStyle, group);
  }

  public LayerDefinition withVersioned(boolean keepHistory) {
    return new LayerDefinition(
        id, title, kind, geometryType, attributes, accessLevel, keepHistory, defaultStyle, group);
  }

  /** The same layer filed under {@code name}; null or blank: in no group. */
  public LayerDefinition withGroup(String name) {
    return new LayerDefinition(
        id,
        title,
        kind,
        geometryType,
        attributes,
        accessLevel,
        versioned,
        defaultStyle,
        Optional.ofNullable(name));
  }
}
