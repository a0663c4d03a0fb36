package cn.onemap.core.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A code list (值域, like an ArcGIS coded-value domain): the values an attribute may take, each with
 * its Chinese name. Attributes name a code list by id ({@link AttributeDefinition#codeList}); the
 * store refuses values outside it on every write.
 *
 * @param id SQL-safe identifier, e.g. {@code cjj61_pipe_category}
 * @param title Chinese title, e.g. "管线类别"
 * @param standard the standard the codes come from, e.g. "CJJ 61-2017" (may be blank for local
 *     lists)
 * @param entries entries in display order; codes unique, at least one, at most {@link #MAX_ENTRIES}
 */
public record CodeList(String id, String title, String standard, List<CodeEntry> entries) {
  public static final int MAX_ENTRIES = 2000;

  public CodeList {
    Identifiers.requireIdentifier("codeList", id);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new SchemaException(
          "code list '" + id + "' needs a title of 1-200 characters", Map.of("codeList", id));
    }
    standard = standard == null ? "" : standard.strip();
    if (standard.length() > 200) {
      throw new SchemaException(
          "standard of code list '" + id + "' is longer than 200 characters",
          Map.of("codeList", id));
    }
    entries = List.copyOf(entries);
    if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
      throw new SchemaException(
          "code list '" + id + "' needs 1-" + MAX_ENTRIES + " entries, has " + entries.size(),
          Map.of("codeList", id));
    }
    var codes = new HashSet<String>();
    for (CodeEntry e : entries) {
      if (!codes.add(e.code())) {
        throw new SchemaException(
            "code list '" + id + "' has code '" + e.code() + "' twice",
            Map.of("codeList", id, "code", e.code()));
      }
    }
  }

  /** The entry of a stored value (compared as text: 5 and "5" are the same code). */
  public Optional<CodeEntry> entry(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    String code = value.toString();
    return entries.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** The Chinese name of a stored value, if it is one of the codes. */
  public Optional<String> name(Object value) {
    return entry(value).map(CodeEntry::name);
  }

  public boolean contains(Object value) {
    return entry(value).isPresent();
  }

  public List<String> codes() {
    return entries.stream().map(CodeEntry::code).toList();
  }

  /** Code → name, in order. */
  public Map<String, String> names() {
    var out = new LinkedHashMap<String, String>();
    entries.forEach(e -> out.put(e.code(), e.name()));
    return out;
  }

  /**
   * Checks that an attribute of this type can hold every code: text holds anything, whole-number
   * types need codes that are whole numbers in range; other types cannot carry a code list.
   */
  public void requireFits(String layerId, AttributeDefinition attribute) {
    AttributeType type = attribute.type();
    if (type != AttributeType.STRING
        && type != AttributeType.INTEGER
        && type != AttributeType.LONG) {
      throw new SchemaException(
          "attribute '"
              + attribute.name()
              + "' of layer '"
              + layerId
              + "' is "
              + type
              + ": only STRING, INTEGER and LONG attributes take a code list",
          Map.of("attribute", attribute.name(), "codeList", id));
    }
    for (CodeEntry e : entries) {
      try {
        Object v = AttributeValues.coerce(attribute, e.code());
        if (!v.toString().equals(e.code())) {
          throw new AttributeValueException(attribute.name(), "not canonical");
        }
      } catch (AttributeValueException ex) {
        throw new SchemaException(
            "code '"
                + e.code()
                + "' of code list '"
                + id
                + "' is not a value of attribute '"
                + attribute.name()
                + "' ("
                + type
                + ") of layer '"
                + layerId
                + "'",
            Map.of("attribute", attribute.name(), "codeList", id, "code", e.code()));
      }
    }
  }
}
