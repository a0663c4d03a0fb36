package cn.onemap.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery defence for the browser session: a state-changing request that relies
 * on the session cookie must carry the header {@code X-OneMap-Client}, which a page on another site
 * cannot add without a CORS preflight we never grant. Only requests authenticated by the session
 * need it: requests that bring Basic credentials or an API key carry no ambient credentials and
 * pass (they create no session either), as do requests without a signed-in session (they are
 * refused later for lack of credentials).
 */
class ClientHeaderFilter extends OncePerRequestFilter {
  static final String HEADER = "X-OneMap-Client";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final JsonErrors errors;

  ClientHeaderFilter(JsonErrors errors) {
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean cookieOnly =
        request.getHeader("Authorization") == null && ApiKeyFilter.keyOf(request) == null;
    // Sign-in is covered too, so a foreign page cannot sign the browser into another account.
    boolean ambient = signedInSession(request) || request.getRequestURI().equals("/api/auth/login");
    if (!SAFE.contains(request.getMethod())
        && cookieOnly
        && ambient
        && request.getHeader(HEADER) == null) {
      errors.write(
          response,
          403,
          "MISSING_CLIENT_HEADER",
          "requests from the browser session must carry the " + HEADER + " header");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Whether the request's session cookie names a session that holds a signed-in caller. */
  private static boolean signedInSession(HttpServletRequest request) {
    var session = request.getSession(false);
    return session != null
        && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
            instanceof SecurityContext context
        && context.getAuthentication() != null
        && context.getAuthentication().isAuthenticated();
  }
}
