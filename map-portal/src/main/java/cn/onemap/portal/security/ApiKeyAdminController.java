package cn.onemap.portal.security;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * API-key administration (role ADMIN): keys are listed without their secret, given an expiry and a
 * list of the only layers they may read ({@link LayerAccess} applies it everywhere), and revoked.
 * Every key request reads the key's row, so a revoked or expired key stops working at once on every
 * node. Every change is audited.
 */
@RestController
@Tag(name = "管理 Administration")
class ApiKeyAdminController {
  private final AccountService accounts;
  private final AccountRepository repository;
  private final FeatureStore store;
  private final AuditLog audit;
  private final Clock clock;

  ApiKeyAdminController(
      AccountService accounts,
      AccountRepository repository,
      FeatureStore store,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.repository = repository;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A new key.
   *
   * @param layers the only layers the key may read (within its roles); absent or empty: all
   * @param expiresAt when it stops working; absent: never
   */
  record NewKey(
      @NotBlank String name,
      String department,
      @NotNull Set<Role> roles,
      Set<String> layers,
      Instant expiresAt) {}

  /** The new key, shown once. */
  record CreatedKey(String id, String name, String apiKey, Set<String> layers, Instant expiresAt) {}

  /**
   * A change to a key; absent fields stay as they are.
   *
   * @param layers the only layers the key may read; an empty list lifts the restriction
   * @param expiresAt a new expiry
   * @param neverExpires true to remove the expiry
   */
  record KeyChange(Set<String> layers, Instant expiresAt, Boolean neverExpires) {}

  @GetMapping("/api/admin/api-keys")
  @Operation(summary = "List API keys (never their secret): roles, layers, expiry, revocation")
  List<AccountRepository.KeyView> keys() {
    return repository.listKeys(clock.instant());
  }

  @PostMapping("/api/admin/api-keys")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an API key; the key is returned once and cannot be shown again")
  CreatedKey createKey(@Valid @RequestBody NewKey key, HttpServletRequest request) {
    Set<String> layers = checkedLayers(key.layers());
    var created =
        accounts.createApiKey(
            key.name(),
            key.department(),
            key.roles(),
            layers,
            Optional.ofNullable(key.expiresAt()));
    audit.record(
        Callers.actor(),
        "KEY_CREATED",
        created.id(),
        key.name() + "; roles " + key.roles() + describe(layers, key.expiresAt()),
        request.getRemoteAddr());
    return new CreatedKey(created.id(), key.name(), created.token(), layers, key.expiresAt());
  }

  @PatchMapping("/api/admin/api-keys/{keyId}")
  @Operation(summary = "Change a key's allowed layers or expiry")
  AccountRepository.KeyView updateKey(
      @PathVariable String keyId, @RequestBody KeyChange change, HttpServletRequest request) {
    AccountRepository.KeyView key = key(keyId);
    Set<String> layers = change.layers() == null ? key.layers() : checkedLayers(change.layers());
    Optional<Instant> expires =
        Boolean.TRUE.equals(change.neverExpires())
            ? Optional.empty()
            : change.expiresAt() != null
                ? Optional.of(change.expiresAt())
                : Optional.ofNullable(key.expiresAt());
    if (change.expiresAt() != null) {
      accounts.checkExpiry(expires);
    }
    repository.updateKey(keyId, expires, layers);
    audit.record(
        Callers.actor(),
        "KEY_UPDATED",
        keyId,
        describe(layers, expires.orElse(null)).replaceFirst("^; ", ""),
        request.getRemoteAddr());
    return key(keyId);
  }

  @DeleteMapping("/api/admin/api-keys/{keyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke an API key for good; it stops working at once")
  void revokeKey(@PathVariable String keyId, HttpServletRequest request) {
    key(keyId);
    if (repository.revokeKey(keyId, clock.instant())) {
      audit.record(Callers.actor(), "KEY_REVOKED", keyId, null, request.getRemoteAddr());
    }
  }

  private AccountRepository.KeyView key(String keyId) {
    return repository.listKeys(clock.instant()).stream()
        .filter(k -> k.id().equals(keyId))
        .findFirst()
        .orElseThrow(() -> new AccountNotFoundException("key", keyId));
  }

  /** Layer ids must name layers of the catalog (a typo would silently lock the key out). */
  private Set<String> checkedLayers(Set<String> layers) {
    if (layers == null) {
      return Set.of();
    }
    var unknown = new TreeSet<String>();
    for (String id : layers) {
      if (id == null || store.layer(id).isEmpty()) {
        unknown.add(String.valueOf(id));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown layers: " + String.join(", ", unknown));
    }
    return Set.copyOf(layers);
  }

  private static String describe(Set<String> layers, Instant expiresAt) {
    return (layers.isEmpty() ? "" : "; layers " + new TreeSet<>(layers))
        + (expiresAt == null ? "" : "; expires " + expiresAt);
  }
}
