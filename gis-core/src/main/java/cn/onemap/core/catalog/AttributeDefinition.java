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
 * @param codeList id of the {@link CodeList} the values must come from, or null for free values
 * @param readRole the role a caller needs to read the attribute's values (a name the portal knows,
 *     e.g. {@code EDITOR}), or null when every caller who may read the layer may read it; the store
 *     keeps it, the portal's access check applies it
 */
public record AttributeDefinition(
    String name,
    AttributeType type,
    boolean required,
    String label,
    String codeList,
    String readRole) {
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
    if (codeList != null) {
      Identifiers.requireIdentifier("codeList", codeList);
    }
    readRole = readRole == null || readRole.isBlank() ? null : readRole.strip();
    if (readRole != null && !readRole.matches("[A-Z][A-Z_]{0,31}")) {
      throw new SchemaException(
          "attribute '" + name + "': read role '" + readRole + "' is not a role name",
          Map.of("attribute", name, "readRole", readRole));
    }
  }

  public AttributeDefinition(
      String name, AttributeType type, boolean required, String label, String codeList) {
    this(name, type, required, label, codeList, null);
  }

  public AttributeDefinition(String name, AttributeType type, boolean required, String label) {
    this(name, type, required, label, null);
  }

  /** The same attribute taking its values from the code list (null: free values). */
  public AttributeDefinition withCodeList(String codeListId) {
    return new AttributeDefinition(name, type, required, label, codeListId, readRole);
  }

  /** The same attribute readable only with the role (null: by every reader of the layer). */
  public AttributeDefinition withReadRole(String role) {
    return new AttributeDefinition(name, type, required, label, codeList, role);
  }

  public java.util.Optional<String> readRoleName() {
    return java.util.Optional.ofNullable(readRole);
  }

  public java.util.Optional<String> codeListId() {
    return java.util.Optional.ofNullable(codeList);
  }

  public static AttributeDefinition optional(String name, AttributeType type, String label) {
    return new AttributeDefinition(name, type, false, label);
  }

  public static AttributeDefinition required(String name, AttributeType type, String label) {
    return new AttributeDefinition(name, type, true, label);
  }
}
