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
  VIEWER;

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
