package cn.onemap.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy header: our own origin only, plus the hosts of a configured external
 * base map for images (tiles) and fetches ({@link ContentSources}, read per response). Images may
 * also be {@code blob:} (the mobile app's photo previews) and {@code data:}; the mobile app's
 * service worker and manifest are named explicitly as same-origin ({@code worker-src}, {@code
 * manifest-src}; both would fall back to {@code default-src} anyway).
 */
final class ContentSecurityPolicy implements HeaderWriter {
  static final String HEADER = "Content-Security-Policy";

  private final ContentSources sources;

  ContentSecurityPolicy(ContentSources sources) {
    this.sources = sources;
  }

  static String policy(List<String> extra) {
    String hosts = extra.isEmpty() ? "" : " " + String.join(" ", extra);
    return "default-src 'self'; img-src 'self' data: blob:"
        + hosts
        + "; connect-src 'self'"
        + hosts
        + "; style-src 'self' 'unsafe-inline'; worker-src 'self'; manifest-src 'self';"
        + " frame-ancestors 'none'";
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (!response.containsHeader(HEADER)) {
      response.setHeader(HEADER, policy(sources.origins()));
    }
  }
}
