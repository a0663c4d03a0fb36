package cn.onemap.portal.security;

import java.util.Set;

/**
 * The authenticated principal: a user account or an API key.
 *
 * @param name user name, or the key's id for API keys
 * @param displayName shown in the portal and recorded as the author of edits
 * @param department owning department (e.g. 自然资源局), may be empty
 * @param roles granted roles
 * @param apiKey whether this caller authenticated with an API key
 * @param layers the only layers this caller may read (an API key limited to some layers); empty
 *     means every layer its roles allow
 */
public record Caller(
    String name,
    String displayName,
    String department,
    Set<Role> roles,
    boolean apiKey,
    Set<String> layers) {
  public Caller {
    roles = Set.copyOf(roles);
    layers = Set.copyOf(layers);
  }

  public Caller(
      String name, String displayName, String department, Set<Role> roles, boolean apiKey) {
    this(name, displayName, department, roles, apiKey, Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /** Whether this caller's layer list (if it has one) names the layer. */
  public boolean mayReadLayer(String layerId) {
    return layers.isEmpty() || layers.contains(layerId);
  }
}
