package cn.onemap.portal.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external WMTS base map (e.g. Tianditu) an administrator configured: a tile URL template in
 * WMTS REST style with {@code {TileMatrix}}, {@code {TileRow}} and {@code {TileCol}}, optional
 * {@code {layer}}, {@code {matrixSet}} and {@code {tk}} placeholders and an optional host range
 * such as {@code t{0-7}.tianditu.gov.cn} (the way OpenLayers spreads tiles over hosts); the grid of
 * ours its matrix set matches (Tianditu's {@code c} or {@code w}); and the key ({@code tk}) the
 * provider gave the city. The key is shown only to administrators and inside the tile URLs the page
 * needs.
 *
 * @param enabled whether the page offers it
 * @param title the name in the base-map switch, e.g. 天地图矢量
 * @param urlTemplate the tile URL template
 * @param layer the provider's layer name, e.g. {@code vec}
 * @param matrixSet the provider's matrix set name, e.g. {@code c}
 * @param grid our tile matrix set it matches: {@code c} (CGCS2000 degrees) or {@code w} (3857)
 * @param tk the provider's key; appended as {@code tk=} when the template has no {@code {tk}}
 */
public record ExternalBaseMap(
    boolean enabled,
    String title,
    String urlTemplate,
    String layer,
    String matrixSet,
    String grid,
    String tk) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]{0,64}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{0,128}");
  private static final Pattern RANGE = Pattern.compile("\\{([a-z0-9])-([a-z0-9])\\}");
  private static final Set<String> GRIDS = Set.of("c", "w");

  /** Nothing configured. */
  public static ExternalBaseMap none() {
    return new ExternalBaseMap(false, "", "", "", "", "c", "");
  }

  /** The same base, checked: every field valid, or {@link IllegalArgumentException} saying why. */
  public ExternalBaseMap validated() {
    String t = title == null ? "" : title.strip();
    String url = urlTemplate == null ? "" : urlTemplate.strip();
    String l = layer == null ? "" : layer.strip();
    String m = matrixSet == null ? "" : matrixSet.strip();
    String g = grid == null || grid.isBlank() ? "c" : grid.strip();
    String k = tk == null ? "" : tk.strip();
    if (!enabled && url.isEmpty()) {
      return new ExternalBaseMap(false, t, url, l, m, g, k);
    }
    if (t.isEmpty() || t.length() > 40) {
      throw new IllegalArgumentException("title is required, at most 40 characters");
    }
    if (!GRIDS.contains(g)) {
      throw new IllegalArgumentException("grid must be c or w: " + g);
    }
    if (!NAME.matcher(l).matches() || !NAME.matcher(m).matches()) {
      throw new IllegalArgumentException(
          "layer and matrixSet are names of letters, digits and _ . : - (at most 64)");
    }
    if (!KEY.matcher(k).matches()) {
      throw new IllegalArgumentException("tk is letters and digits only (at most 128)");
    }
    if (url.length() > 2000) {
      throw new IllegalArgumentException("urlTemplate is longer than 2000 characters");
    }
    for (String p : List.of("{TileMatrix}", "{TileRow}", "{TileCol}")) {
      if (!url.contains(p)) {
        throw new IllegalArgumentException("urlTemplate lacks " + p + ": " + url);
      }
    }
    var result = new ExternalBaseMap(enabled, t, url, l, m, g, k);
    result.origins(); // the host part must parse
    return result;
  }

  /**
   * The template the page draws with: layer, matrix set and key filled in (the key appended as
   * {@code tk=} when the template has no place for it); the tile placeholders stay.
   */
  public String tileUrlTemplate() {
    String url = urlTemplate.replace("{layer}", layer).replace("{matrixSet}", matrixSet);
    if (url.contains("{tk}")) {
      return url.replace("{tk}", tk);
    }
    if (tk.isEmpty()) {
      return url;
    }
    return url
        + (url.contains("?") ? (url.endsWith("?") || url.endsWith("&") ? "" : "&") : "?")
        + "tk="
        + tk;
  }

  /**
   * The origins tiles come from ({@code scheme://host[:port]}), a host range expanded: what the
   * Content-Security-Policy must allow, and nothing more.
   */
  public List<String> origins() {
    if (!enabled || urlTemplate.isBlank()) {
      return List.of();
    }
    var hosts = new LinkedHashSet<String>();
    for (String url : expand(urlTemplate)) {
      URI uri;
      try {
        uri = new URI(url.replaceAll("\\{[^}]*\\}", "0"));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("urlTemplate is not a URL: " + urlTemplate);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "urlTemplate must be an absolute http(s) URL: " + urlTemplate);
      }
      hosts.add(
          scheme
              + "://"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
    return List.copyOf(hosts);
  }

  /** A host range {@code {a-d}} / {@code {0-7}} expanded, as OpenLayers' expandUrl does. */
  static List<String> expand(String url) {
    Matcher m = RANGE.matcher(url);
    if (!m.find()) {
      return List.of(url);
    }
    char from = m.group(1).charAt(0);
    char to = m.group(2).charAt(0);
    if (to < from || to - from > 16) {
      throw new IllegalArgumentException("host range " + m.group() + " is not a short range");
    }
    var urls = new ArrayList<String>();
    for (char c = from; c <= to; c++) {
      urls.add(url.substring(0, m.start()) + c + url.substring(m.end()));
    }
    return urls;
  }
}
