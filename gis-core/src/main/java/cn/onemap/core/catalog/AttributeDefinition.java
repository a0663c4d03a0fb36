package cn.onemap.core.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * One attribute of a layer's schema.
 *
 * @param name SQL-safe identifier (see {@link Identifiers}); never one of the system columns
 * @param type value type
 * @param required whether every current version must carry a non-null value
 * @param label Chinese label shown to users, e.g. "管径(mm)"
 */
public record AttributeDefinition(String name, AttributeType type, boolean required, String label) {
  public AttributeDefinition {
    Identifiers.requireIdentifier("attribute", name);
    if (Identifiers.SYSTEM_COLUMNS.contains(name)) {
      throw new SchemaException(
          "attribute name '"
              + name
              + "' is reserved for the store's own columns "
              + Identifiers.SYSTEM_COLUMNS,
          Map.of("attribute", name));
    }
    Objects.requireNonNull(type, "type");
    label = label == null || label.isBlank() ? name : label;
  }

  public static AttributeDefinition optional(String name, AttributeType type, String label) {
    return new AttributeDefinition(name, type, false, label);
  }

  public static AttributeDefinition required(String name, AttributeType type, String label) {
    return new AttributeDefinition(name, type, true, label);
  }
}
