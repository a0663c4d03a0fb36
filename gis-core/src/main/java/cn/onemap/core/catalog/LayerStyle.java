package cn.onemap.core.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named style an administrator saved for a layer (保存为样式): an SLD 1.0 / SE 1.1 document kept in
 * the catalog, so every portal node draws it, WMS STYLES, WMTS STYLE and the tile cache alike. The
 * store keeps the text; the renderer's SLD parser checks it before it is saved.
 *
 * @param name the style's name in requests, e.g. {@code by_material}; never {@value #DEFAULT},
 *     which means the layer's default style
 * @param title what users read (e.g. "按管材"); the name when blank
 * @param sld the SLD document, at most {@value #MAX_SLD_CHARS} characters
 * @param updatedBy who saved it, null when unknown
 */
public record LayerStyle(
    String layerId, String name, String title, String sld, Instant updatedAt, String updatedBy) {

  /** The style name every layer has: its default style. */
  public static final String DEFAULT = "default";

  /** Style names: an ASCII letter, then letters, digits, '_' or '-', 48 characters at most. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,47}");

  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_SLD_CHARS = 1 << 20;

  public LayerStyle {
    Identifiers.requireIdentifier("layer", layerId);
    requireName(name);
    title = title == null || title.isBlank() ? name : title.strip();
    if (title.length() > MAX_TITLE_LENGTH) {
      throw new SchemaException(
          "style title has at most " + MAX_TITLE_LENGTH + " characters, not " + title.length(),
          Map.of("style", name));
    }
    if (sld == null || sld.isBlank()) {
      throw new SchemaException("style '" + name + "' has no SLD document", Map.of("style", name));
    }
    if (sld.length() > MAX_SLD_CHARS) {
      throw new SchemaException(
          "style '" + name + "': an SLD document has at most " + MAX_SLD_CHARS + " characters",
          Map.of("style", name));
    }
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Whether {@code name} can name a saved style (matches {@link #NAME}, is not {@code default}).
   */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches() && !name.equalsIgnoreCase(DEFAULT);
  }

  public static String requireName(String name) {
    if (!isValidName(name)) {
      throw new SchemaException(
          "style name '"
              + name
              + "' is not valid: 1-48 ASCII letters, digits, '_' or '-', starting with a letter,"
              + " and not 'default'",
          Map.of("style", String.valueOf(name)));
    }
    return name;
  }
}
