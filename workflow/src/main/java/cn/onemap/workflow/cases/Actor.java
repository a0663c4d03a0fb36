package cn.onemap.workflow.cases;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts on cases: a user, the workflow groups of their roles (ACCEPTOR, SHIFT_LEADER,
 * DISPATCHER, GRID_MANAGER, HANDLER, LEADER, ADMIN), their department's code and the unit grids
 * they manage. A HANDLER is also in the group {@code DEPT_<department>}, the candidates of the 处置
 * tasks dispatched to it.
 */
public record Actor(
    String user, Set<String> roles, Optional<String> department, Set<String> grids) {
  public Actor {
    roles = Set.copyOf(roles);
    grids = Set.copyOf(grids);
    department = department.map(String::strip).filter(d -> !d.isEmpty());
  }

  /** The candidate groups this actor belongs to. */
  public Set<String> groups() {
    Set<String> out = new HashSet<>(roles);
    if (roles.contains("HANDLER")) {
      department.ifPresent(d -> out.add("DEPT_" + d));
    }
    if (roles.contains("GRID_MANAGER")) {
      grids.forEach(g -> out.add("GRID_" + g));
    }
    return Set.copyOf(out);
  }

  /** The centre's roles see every case. */
  public boolean seesAll() {
    return roles.stream().anyMatch(CaseDesk.CENTRE::contains);
  }
}
