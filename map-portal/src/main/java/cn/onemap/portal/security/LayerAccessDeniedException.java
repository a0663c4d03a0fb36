package cn.onemap.portal.security;

import cn.onemap.core.catalog.LayerDefinition;

/** The caller may not read (or edit) this layer. */
public class LayerAccessDeniedException extends RuntimeException {
  private final boolean authenticated;

  public LayerAccessDeniedException(LayerDefinition layer, boolean authenticated) {
    super(
        authenticated
            ? "your account may not access layer '"
                + layer.id()
                + "' ("
                + layer.title()
                + ", "
                + layer.accessLevel()
                + ")"
            : "layer '"
                + layer.id()
                + "' ("
                + layer.title()
                + ") needs a signed-in user or API key");
    this.authenticated = authenticated;
  }

  public boolean authenticated() {
    return authenticated;
  }
}
