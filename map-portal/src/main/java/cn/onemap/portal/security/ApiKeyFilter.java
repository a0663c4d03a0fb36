package cn.onemap.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates system-to-system calls by API key, sent as header {@code X-API-Key} or, for OGC
 * clients that cannot set headers (QGIS, GDAL), as query parameter {@code apikey} (then recorded as
 * {@link UrlApiKey}, so the OGC services keep it on their links). A key that is sent but wrong is
 * refused outright rather than treated as anonymous. The authentication lives in this request only:
 * no session is created, every request carries its key.
 */
class ApiKeyFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";
  static final String PARAMETER = UrlApiKey.PARAMETER;

  private static final SecurityContextRepository REQUEST_ONLY =
      new RequestAttributeSecurityContextRepository();

  private final AccountService accounts;
  private final JsonErrors errors;
  private final KeyUse use;

  ApiKeyFilter(AccountService accounts, JsonErrors errors, KeyUse use) {
    this.accounts = accounts;
    this.errors = errors;
    this.use = use;
  }

  static String keyOf(HttpServletRequest request) {
    String key = request.getHeader(HEADER);
    return key != null ? key : request.getParameter(PARAMETER);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = keyOf(request);
    if (key != null) {
      var caller = accounts.authenticateKey(key);
      if (caller.isEmpty()) {
        errors.write(
            response, 401, "INVALID_API_KEY", "the API key is unknown, expired or revoked");
        return;
      }
      var authorities =
          caller.get().roles().stream()
              .map(r -> new SimpleGrantedAuthority(r.authority()))
              .toList();
      var auth = UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, authorities);
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(auth);
      SecurityContextHolder.setContext(context);
      // Held by the request, like Basic: were it left unsaved, Spring's session management would
      // store it in a new HTTP session (the cookie desktop GIS then lived on).
      REQUEST_ONLY.saveContext(context, request, response);
      if (request.getHeader(HEADER) == null) {
        UrlApiKey.mark(request, key);
      }
      use.used(caller.get(), request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
    }
    chain.doFilter(request, response);
  }
}
