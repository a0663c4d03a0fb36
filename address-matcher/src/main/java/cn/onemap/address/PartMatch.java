package cn.onemap.address;

/** How a level of the query matched the standard address. */
public enum PartMatch {
  /** Written as in the registry (after normalization). */
  EXACT,
  /** Not written, implied by a finer level that was. */
  INFERRED,
  /** Written with one wrong, missing or extra character. */
  FUZZY,
  /** Written under a former name (renamed street, merged county); today's name is reported. */
  FORMER_NAME,
  /** Written as an alias a data steward confirmed. */
  ALIAS,
  /** Not in the registry: placed along the street between registered door plates. */
  INTERPOLATED,
  /** Written, but disagreeing with the rest of the match (e.g. another community). */
  CONFLICT;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
