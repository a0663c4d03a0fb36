package cn.onemap.ogc.http;

import cn.onemap.core.catalog.LayerDefinition;

/**
 * What the caller of one request may do, supplied by the portal per request. Layers the caller
 * cannot read behave exactly like unknown layers (they are never listed and requests naming them
 * fail with the protocol's "unknown" error), so their existence does not leak.
 */
public interface AccessPolicy {

  /** Whether the caller may see the layer and its features. */
  boolean canRead(LayerDefinition layer);

  /**
   * The layer as the caller sees it: without attributes it may not read (per-attribute
   * permissions). Every handler that reads features works on this schema, so those values are never
   * written and filters naming them fail as unknown properties. Default: the whole layer.
   */
  default LayerDefinition visible(LayerDefinition layer) {
    return layer;
  }

  /** Whether the caller may insert, update and delete features of the layer. */
  boolean canEdit(LayerDefinition layer);

  /** The name recorded as author of every version an edit writes. */
  String author();

  /**
   * Whether the caller is signed in (session, Basic auth or API key) rather than anonymous: the
   * caller class that decides size limits such as the largest GetMap.
   */
  default boolean signedIn() {
    return false;
  }

  /** Reads public layers only and edits nothing; the policy of an anonymous caller. */
  static AccessPolicy anonymous() {
    return new AccessPolicy() {
      @Override
      public boolean canRead(LayerDefinition layer) {
        return layer.accessLevel() == cn.onemap.core.catalog.AccessLevel.PUBLIC;
      }

      @Override
      public boolean canEdit(LayerDefinition layer) {
        return false;
      }

      @Override
      public String author() {
        return "anonymous";
      }
    };
  }
}
