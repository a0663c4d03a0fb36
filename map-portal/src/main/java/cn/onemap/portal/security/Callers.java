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
}
