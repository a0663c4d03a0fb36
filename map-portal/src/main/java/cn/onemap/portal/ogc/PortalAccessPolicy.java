package cn.onemap.portal.ogc;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.portal.security.Caller;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.portal.security.Role;
import java.util.Optional;

/** The portal's access rules for one OGC request: the same levels as the REST API. */
record PortalAccessPolicy(Optional<Caller> caller, LayerAccess access) implements AccessPolicy {

  @Override
  public boolean canRead(LayerDefinition layer) {
    return access.canRead(caller, layer);
  }

  @Override
  public LayerDefinition visible(LayerDefinition layer) {
    return LayerAccess.visible(caller, layer);
  }

  @Override
  public boolean canEdit(LayerDefinition layer) {
    return canRead(layer) && caller.map(c -> c.has(Role.EDITOR)).orElse(false);
  }

  @Override
  public boolean signedIn() {
    return caller.isPresent();
  }

  @Override
  public String author() {
    return caller.map(Caller::displayName).orElse("anonymous");
  }
}
