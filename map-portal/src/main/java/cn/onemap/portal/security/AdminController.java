package cn.onemap.portal.security;

import cn.onemap.portal.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration (role ADMIN, see {@link SecurityConfiguration}): users are created,
 * changed, disabled, unlocked and deleted; every change is written to the {@link AuditLog}. A
 * disabled or deleted account stops working at once ({@link AccountStateFilter}).
 */
@RestController
@Tag(name = "管理 Administration")
class AdminController {
  private final AccountService accounts;
  private final AccountRepository repository;
  private final LoginThrottle throttle;
  private final AuditLog audit;

  AdminController(
      AccountService accounts,
      AccountRepository repository,
      LoginThrottle throttle,
      AuditLog audit) {
    this.accounts = accounts;
    this.repository = repository;
    this.throttle = throttle;
    this.audit = audit;
  }

  record NewUser(
      @NotBlank String username,
      @NotBlank String password,
      String displayName,
      String department,
      @NotNull Set<Role> roles) {}

  /** A change to a user; absent fields stay as they are. */
  record UserChange(
      String displayName, String department, Set<Role> roles, Boolean enabled, String password) {}

  @GetMapping("/api/admin/users")
  @Operation(summary = "List accounts (without password hashes)")
  List<AccountRepository.UserView> users() {
    return repository.listUsers();
  }

  @PostMapping("/api/admin/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an account")
  Caller createUser(@Valid @RequestBody NewUser user, HttpServletRequest request) {
    Caller created =
        accounts.createUser(
            user.username(), user.password(), user.displayName(), user.department(), user.roles());
    record(request, "USER_CREATED", created.name(), "roles " + created.roles());
    return created;
  }

  @PatchMapping("/api/admin/users/{username}")
  @Operation(
      summary =
          "Change an account: display name, department, roles, enabled, password (absent fields"
              + " stay); disabling ends its sessions at once")
  AccountRepository.UserView updateUser(
      @PathVariable String username, @RequestBody UserChange change, HttpServletRequest request) {
    AccountRepository.UserView user = user(username);
    Set<Role> roles =
        change.roles() == null ? user.roles() : AccountService.withViewer(change.roles());
    boolean enabled = change.enabled() == null ? user.enabled() : change.enabled();
    if (isSelf(username) && (!enabled || !roles.contains(Role.ADMIN))) {
      throw new IllegalArgumentException(
          "you cannot disable your own account or take away your own ADMIN role");
    }
    repository.updateUser(
        username,
        change.displayName() == null ? user.displayName() : change.displayName(),
        change.department() == null ? user.department() : change.department(),
        roles,
        enabled);
    if (change.password() != null) {
      accounts.changePassword(username, change.password());
    }
    var changed = new ArrayList<String>();
    if (change.displayName() != null) {
      changed.add("displayName");
    }
    if (change.department() != null) {
      changed.add("department");
    }
    if (!roles.equals(user.roles())) {
      changed.add("roles " + user.roles() + " -> " + roles);
    }
    if (change.password() != null) {
      changed.add("password");
    }
    if (enabled != user.enabled()) {
      record(request, enabled ? "USER_ENABLED" : "USER_DISABLED", username, null);
    }
    if (!changed.isEmpty()) {
      record(request, "USER_UPDATED", username, String.join(", ", changed));
    }
    return user(username);
  }

  @DeleteMapping("/api/admin/users/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete an account; its sessions end at once")
  void deleteUser(@PathVariable String username, HttpServletRequest request) {
    user(username);
    if (isSelf(username)) {
      throw new IllegalArgumentException("you cannot delete your own account");
    }
    repository.deleteUser(username);
    throttle.succeeded(username); // forget its failures too
    record(request, "USER_DELETED", username, null);
  }

  @PostMapping("/api/admin/users/{username}/unlock")
  @Operation(summary = "Unlock an account locked after failed sign-ins")
  AccountRepository.UserView unlock(@PathVariable String username, HttpServletRequest request) {
    AccountRepository.UserView user = user(username);
    throttle.unlockUser(username, Callers.actor(), request.getRemoteAddr());
    return user;
  }

  /** A new password, shown once. */
  record NewPassword(String username, String password) {}

  @PostMapping("/api/admin/users/{username}/reset-password")
  @Operation(
      summary = "Give an account a new random password; returned once (tell the user to change it)")
  NewPassword resetPassword(@PathVariable String username, HttpServletRequest request) {
    user(username);
    String password = accounts.randomPassword();
    accounts.changePassword(username, password);
    throttle.succeeded(username); // a fresh start: forget its failed sign-ins
    record(request, "USER_PASSWORD_RESET", username, null);
    return new NewPassword(username, password);
  }

  @GetMapping("/api/admin/login-failures")
  @Operation(summary = "Accounts and client addresses with failed sign-ins on record")
  List<LoginThrottle.Failures> loginFailures() {
    return throttle.list();
  }

  @DeleteMapping("/api/admin/login-failures/ip/{address}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Forget a client address's failed sign-ins")
  void unlockAddress(@PathVariable String address, HttpServletRequest request) {
    if (!throttle.unlockAddress(address, Callers.actor(), request.getRemoteAddr())) {
      throw new AccountNotFoundException("address", address);
    }
  }

  private AccountRepository.UserView user(String username) {
    return repository.listUsers().stream()
        .filter(u -> u.name().equals(username))
        .findFirst()
        .orElseThrow(() -> new AccountNotFoundException("user", username));
  }

  private static boolean isSelf(String username) {
    return Callers.current().filter(c -> !c.apiKey() && c.name().equals(username)).isPresent();
  }

  private void record(HttpServletRequest request, String action, String target, String detail) {
    audit.record(Callers.actor(), action, target, detail, request.getRemoteAddr());
  }
}
