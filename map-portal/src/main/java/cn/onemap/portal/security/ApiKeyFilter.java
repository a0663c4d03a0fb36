package cn.onemap.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates system-to-system calls by API key, sent as header {@code X-API-Key} or, for OGC
 * clients that cannot set headers (QGIS, GDAL), as query parameter {@code apikey}. A key that is
 * sent but wrong is refused outright rather than treated as anonymous.
 */
class ApiKeyFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";
  static final String PARAMETER = "apikey";

  private final AccountService accounts;
  private final JsonErrors errors;

  ApiKeyFilter(AccountService accounts, JsonErrors errors) {
    this.accounts = accounts;
    this.errors = errors;
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
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(request, response);
  }
}
