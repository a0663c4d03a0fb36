package cn.onemap.portal.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account and API-key administration (role ADMIN). */
@RestController
@Tag(name = "管理 Administration")
class AdminController {
  private final AccountService accounts;
  private final AccountRepository repository;

  AdminController(AccountService accounts, AccountRepository repository) {
    this.accounts = accounts;
    this.repository = repository;
  }

  record NewUser(
      @NotBlank String username,
      @NotBlank String password,
      String displayName,
      String department,
      @NotNull Set<Role> roles) {}

  record NewKey(@NotBlank String name, String department, @NotNull Set<Role> roles) {}

  @GetMapping("/api/admin/users")
  @Operation(summary = "List accounts")
  List<Caller> users() {
    return repository.listUsers();
  }

  @PostMapping("/api/admin/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an account")
  Caller createUser(@Valid @RequestBody NewUser user) {
    return accounts.createUser(
        user.username(), user.password(), user.displayName(), user.department(), user.roles());
  }

  @PostMapping("/api/admin/api-keys")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an API key; the key is returned once and cannot be shown again")
  Map<String, String> createKey(@Valid @RequestBody NewKey key) {
    return Map.of(
        "name",
        key.name(),
        "apiKey",
        accounts.createApiKey(key.name(), key.department(), key.roles()));
  }
}
