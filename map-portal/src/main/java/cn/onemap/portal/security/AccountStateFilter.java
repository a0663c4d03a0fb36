package cn.onemap.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in user to its account's current row, on every request and every node: a
 * browser session (or remembered Basic login) of an account an administrator has since disabled or
 * deleted ends at once (401 {@code ACCOUNT_DISABLED}, session invalidated), and changed roles apply
 * to the next request. One primary-key read per request; API keys are checked by {@link
 * ApiKeyFilter} against their row in the same way.
 */
class AccountStateFilter extends OncePerRequestFilter {
  private final AccountService accounts;
  private final JsonErrors errors;

  AccountStateFilter(AccountService accounts, JsonErrors errors) {
    this.accounts = accounts;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof Caller signedIn && !signedIn.apiKey()) {
      Optional<Caller> current = accounts.currentUser(signedIn.name());
      if (current.isEmpty()) {
        var session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        SecurityContextHolder.clearContext();
        errors.write(
            response,
            401,
            "ACCOUNT_DISABLED",
            "账号已停用或已删除，请联系管理员 (the account is disabled or deleted)");
        return;
      }
      if (!current.get().equals(signedIn)) {
        var fresh =
            UsernamePasswordAuthenticationToken.authenticated(
                current.get(),
                null,
                current.get().roles().stream()
                    .map(r -> new SimpleGrantedAuthority(r.authority()))
                    .toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fresh);
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
