package cn.onemap.core.catalog;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for layer ids and attribute names. They become SQL identifiers (always quoted) and URL
 * segments, so they are restricted to lower-case ASCII letters, digits and underscores; Chinese
 * names belong in titles and labels.
 */
public final class Identifiers {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,47}");

  /** Columns every layer table has; attributes may not use these names. */
  public static final Set<String> SYSTEM_COLUMNS =
      Set.of("vid", "fid", "version", "valid_from", "valid_to", "op", "author", "reason", "geom");

  private Identifiers() {}

  static String requireIdentifier(String kind, String value) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw new SchemaException(
          kind
              + " '"
              + value
              + "' is not valid: use 1-48 lower-case letters, digits or '_', starting with a letter"
              + " (put Chinese names in the title or label)",
          Map.of(kind, String.valueOf(value)));
    }
    return value;
  }
}
