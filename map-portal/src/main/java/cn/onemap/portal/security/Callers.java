package cn.onemap.portal.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, if authenticated. */
public final class Callers {
  private Callers() {}

  public static Optional<Caller> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Caller c
        ? Optional.of(c)
        : Optional.empty();
  }

  /**
   * Who the current request acts as, as the audit log names actors: the account name, an API key as
   * {@code key:<name>}, or {@code anonymous}.
   */
  public static String actor() {
    return current().map(c -> (c.apiKey() ? "key:" : "") + c.name()).orElse("anonymous");
  }
}
