package cn.onemap.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The API key a request was authenticated with from its URL ({@code ?apikey=…}), as desktop GIS
 * sends it. The OGC services echo exactly this key into every URL they advertise (capabilities,
 * legend URLs, next links), as GeoServer's authkey module does, so that the client keeps sending
 * it; a key sent as the {@code X-API-Key} header is never echoed.
 */
public final class UrlApiKey {
  /** The query parameter. */
  public static final String PARAMETER = "apikey";

  private static final String ATTRIBUTE = UrlApiKey.class.getName();

  private UrlApiKey() {}

  /**
   * Marks {@code request} as authenticated by {@code key} from its URL (by {@link ApiKeyFilter}).
   */
  static void mark(HttpServletRequest request, String key) {
    request.setAttribute(ATTRIBUTE, key);
  }

  /** The key, when this request was authenticated by one in its URL. */
  public static Optional<String> of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof String key
        ? Optional.of(key)
        : Optional.empty();
  }
}
