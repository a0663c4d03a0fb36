package cn.onemap.core.catalog;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One value of a {@link CodeList}: the code stored in the attribute, the Chinese name users read,
 * and an optional display colour (land-use classes, pipeline categories).
 *
 * @param code the stored value, as text (an INTEGER attribute's codes are whole numbers)
 * @param name Chinese name, e.g. "给水"
 * @param colour {@code #RRGGBB} or null
 */
public record CodeEntry(String code, String name, String colour) {
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  public CodeEntry {
    if (code == null || code.isBlank() || code.length() > 64) {
      throw new SchemaException(
          "a code must be 1-64 characters, was '" + code + "'",
          Map.of("code", String.valueOf(code)));
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new SchemaException(
          "code '" + code + "' needs a name of 1-200 characters", Map.of("code", code));
    }
    if (colour != null && colour.isBlank()) {
      colour = null;
    }
    if (colour != null && !COLOUR.matcher(colour).matches()) {
      throw new SchemaException(
          "colour of code '" + code + "' must be #RRGGBB, was '" + colour + "'",
          Map.of("code", code));
    }
    colour = colour == null ? null : colour.toUpperCase(java.util.Locale.ROOT);
  }

  public static CodeEntry of(String code, String name) {
    return new CodeEntry(code, name, null);
  }
}
