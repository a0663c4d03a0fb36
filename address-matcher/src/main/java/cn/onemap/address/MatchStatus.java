package cn.onemap.address;

/** The outcome of one query, as the batch CSV's {@code status} column reports it. */
public enum MatchStatus {
  /** The best candidate is at door level or finer with enough confidence. */
  MATCHED,
  /** A candidate was found but needs a data steward's review (low confidence or ambiguous). */
  REVIEW,
  /** Only an admin unit or street matched inside the city. */
  PARTIAL,
  /** The address lies in another county, city or province (its county code is reported). */
  OUT_OF_AREA,
  /** Nothing matched. */
  UNMATCHED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
