package cn.onemap.portal.security;

import cn.onemap.portal.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Browser sign-in (session cookie) and who-am-I. */
@RestController
@Tag(name = "认证 Authentication")
class AuthController {
  private final AuthenticationManager authentication;
  private final SecurityContextRepository contexts;
  private final AuditLog audit;

  AuthController(
      AuthenticationManager authentication, SecurityContextRepository contexts, AuditLog audit) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.audit = audit;
  }

  record Login(@NotBlank String username, @NotBlank String password) {}

  /** The signed-in caller as the portal shows it. */
  record Me(
      boolean authenticated,
      String name,
      String displayName,
      String department,
      java.util.Set<Role> roles,
      String clearance) {}

  @PostMapping("/api/auth/login")
  @Operation(summary = "Sign in; sets a session cookie. Send header X-OneMap-Client.")
  Me login(
      @Valid @RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
    var attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password());
    attempt.setDetails(new WebAuthenticationDetails(request)); // the client address, for throttling
    var auth = authentication.authenticate(attempt);
    if (request.getSession(false) != null) {
      request.changeSessionId(); // no session fixation
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    audit.record(auth.getName(), "LOGIN", auth.getName(), "session", request.getRemoteAddr());
    return me();
  }

  @PostMapping("/api/auth/logout")
  @Operation(summary = "Sign out of the browser session")
  Map<String, Boolean> logout(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    return Map.of("signedOut", true);
  }

  @GetMapping("/api/me")
  @Operation(
      summary = "The current caller, its roles and the most sensitive access level it may read")
  Me me() {
    Optional<Caller> caller = Callers.current();
    return new Me(
        caller.isPresent(),
        caller.map(Caller::name).orElse(null),
        caller.map(Caller::displayName).orElse("访客"),
        caller.map(Caller::department).orElse(null),
        caller.map(Caller::roles).orElse(java.util.Set.of()),
        LayerAccess.clearance(caller).name());
  }
}
