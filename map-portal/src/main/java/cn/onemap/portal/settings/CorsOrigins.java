package cn.onemap.portal.settings;

import cn.onemap.portal.security.AllowedOrigins;
import cn.onemap.portal.security.CorsProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The origins whose pages may call the portal across origins (with credentials). The list an
 * administrator saved is the live one; until one is saved, {@code onemap.cors.allowed-origins} (the
 * boot-time default) applies. An origin is scheme, host and optional port, nothing else.
 */
@Component
public class CorsOrigins implements AllowedOrigins {
  static final String SETTING = "cors.allowed-origins";
  static final int MAX_ORIGINS = 100;

  private final PortalSettings settings;
  private final CorsProperties defaults;
  private final ObjectMapper json;

  CorsOrigins(PortalSettings settings, CorsProperties defaults, ObjectMapper json) {
    this.settings = settings;
    this.defaults = defaults;
    this.json = json;
  }

  /** The live list: the stored one, else the properties' default. */
  @Override
  public List<String> current() {
    return settings.get(SETTING).map(this::parse).orElseGet(this::defaults);
  }

  /** Whether an administrator saved a list (else the properties' default applies). */
  public boolean stored() {
    return settings.get(SETTING).isPresent();
  }

  public List<String> defaults() {
    return defaults.allowedOrigins().stream().filter(o -> !o.isBlank()).map(String::strip).toList();
  }

  /** Validates, normalizes and stores a new list; returns it. */
  public List<String> save(List<String> origins, String by) {
    if (origins == null) {
      throw new IllegalArgumentException("origins is required (an empty list allows no origin)");
    }
    if (origins.size() > MAX_ORIGINS) {
      throw new IllegalArgumentException("at most " + MAX_ORIGINS + " origins");
    }
    var normalized = new LinkedHashSet<String>();
    for (String origin : origins) {
      normalized.add(normalize(origin));
    }
    var list = new ArrayList<>(normalized);
    try {
      settings.put(SETTING, json.writeValueAsString(list), by);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(list);
  }

  /**
   * An origin as browsers send it: {@code http(s)://host[:port]}, lower case, without the default
   * port; anything else (a path, a wildcard, user info) is refused with the reason.
   */
  static String normalize(String origin) {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("an origin is empty");
    }
    String text = origin.strip();
    if (text.contains("*")) {
      throw new IllegalArgumentException("wildcards are not allowed: " + text);
    }
    URI uri;
    try {
      uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an origin: " + text);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("an origin starts with http:// or https://: " + text);
    }
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "an origin is scheme, host and port only (no path): " + text);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }

  private List<String> parse(String stored) {
    try {
      return List.copyOf(json.readValue(stored, new TypeReference<List<String>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored CORS origins are not a JSON list", e);
    }
  }
}
