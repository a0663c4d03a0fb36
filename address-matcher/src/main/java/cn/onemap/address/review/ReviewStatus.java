package cn.onemap.address.review;

/** Where a review item stands. */
public enum ReviewStatus {
  /** Waiting for a data steward. */
  PENDING,
  /** The proposed match was right; learned as an alias. */
  CONFIRMED,
  /** The steward chose another address; learned as an alias. */
  CORRECTED,
  /** The text names no standard address; nothing learned. */
  REJECTED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
