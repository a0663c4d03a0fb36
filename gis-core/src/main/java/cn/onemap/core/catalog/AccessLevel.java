package cn.onemap.core.catalog;

/**
 * Who may read a layer. Ordered from most to least open, so a caller cleared for a level may read
 * every layer at that level or below.
 */
public enum AccessLevel {
  /** Anyone, including anonymous callers. */
  PUBLIC,
  /** Any authenticated user or API key of the city's departments. */
  INTERNAL,
  /** Only callers holding a role that grants restricted data (e.g. underground pipelines). */
  RESTRICTED;

  public boolean permits(AccessLevel layerLevel) {
    return layerLevel.ordinal() <= ordinal();
  }
}
