package cn.onemap.portal.cases;

import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.Role;
import cn.onemap.workflow.cases.Actor;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** The signed-in caller as the case desk sees them: roles, department and managed unit grids. */
@Component
class CaseActors {
  private final GridManagers grids;

  CaseActors(GridManagers grids) {
    this.grids = grids;
  }

  /** The signed-in caller (the security chain lets no anonymous request through to cases). */
  Caller caller() {
    return Callers.current()
        .orElseThrow(
            () -> new AuthenticationCredentialsNotFoundException("sign in to work with cases"));
  }

  Actor actor(Caller caller) {
    Set<String> roles = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
    Set<String> managed =
        caller.roles().contains(Role.GRID_MANAGER) ? grids.gridsOf(caller.name()) : Set.of();
    return new Actor(caller.name(), roles, Optional.ofNullable(caller.department()), managed);
  }
}
