package cn.onemap.portal.security;

import cn.onemap.core.catalog.AccessLevel;
import java.util.Collection;

/** Roles of accounts and API keys. */
public enum Role {
  /** Manages accounts and keys; reads and edits everything. */
  ADMIN,
  /** Imports and edits data of layers it can read. */
  EDITOR,
  /** Reads restricted layers (underground pipelines). */
  RESTRICTED_READER,
  /** Reads internal layers; every signed-in account has at least this. */
  VIEWER,
  // --- 数字城管 (city management cases): who does which step of the case process ---
  /** 网格员/监督员: reports cases in their unit grids and verifies them on site (核查). */
  GRID_MANAGER,
  /** 受理员: registers reported cases (受理/立案), rejects or merges them. */
  ACCEPTOR,
  /** 值班长: approves registrations, extensions (延期) and suspensions (挂账); closes cases (结案). */
  SHIFT_LEADER,
  /** 派遣员: dispatches registered cases to the responsible department. */
  DISPATCHER,
  /** 专业部门处置人员: handles the cases dispatched to the account's department. */
  HANDLER,
  /** 领导: reads every case and the evaluation (综合评价). */
  LEADER;

  /** The role of that name, if there is one. */
  public static java.util.Optional<Role> named(String name) {
    for (Role r : values()) {
      if (r.name().equals(name)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** The most sensitive access level a holder of these roles may read. */
  public static AccessLevel clearance(Collection<Role> roles) {
    return roles.contains(ADMIN) || roles.contains(RESTRICTED_READER)
        ? AccessLevel.RESTRICTED
        : AccessLevel.INTERNAL;
  }
}
