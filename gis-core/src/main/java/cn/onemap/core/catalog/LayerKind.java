package cn.onemap.core.catalog;

/** What a layer holds; drives default styles and default access levels. */
public enum LayerKind {
  BASE,
  PIPELINE,
  CITY_PART,
  UNIT_GRID,
  ADDRESS,
  EVENT,
  THEMATIC,
  ANALYSIS;

  /**
   * Pipelines are restricted by default (security of underground utilities); everything else is
   * internal.
   */
  public AccessLevel defaultAccessLevel() {
    return this == PIPELINE ? AccessLevel.RESTRICTED : AccessLevel.INTERNAL;
  }
}
