package cn.onemap.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy header: our own origin only, plus the hosts of a configured external
 * base map for images (tiles) and fetches ({@link ContentSources}, read per response).
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
        + "; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
  }

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (!response.containsHeader(HEADER)) {
      response.setHeader(HEADER, policy(sources.origins()));
    }
  }
}
