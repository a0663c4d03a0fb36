package cn.onemap.portal.imports;

/**
 * Bounds on unpacking an uploaded zip, checked while inflating (never trusting the sizes the zip
 * declares, which a zip bomb forges).
 *
 * @param maxBytes most bytes all entries may inflate to together
 * @param maxEntries most entries the zip may hold (skipped ones included: each costs a header read)
 * @param maxRatio most inflated bytes per compressed byte, once more than {@link #RATIO_FREE_BYTES}
 *     have been inflated (small files may compress arbitrarily well; deflate's limit is ~1032)
 */
record ZipLimits(long maxBytes, int maxEntries, int maxRatio) {
  /** 4 GB, 1,000 entries, 200:1 (padded DBF files compress about 20–100:1). */
  static final ZipLimits DEFAULT = new ZipLimits(4L << 30, 1000, 200);

  /** Inflated bytes below which the ratio is not checked. */
  static final long RATIO_FREE_BYTES = 16L << 20;

  ZipLimits {
    if (maxBytes <= 0 || maxEntries <= 0 || maxRatio <= 0) {
      throw new IllegalArgumentException("zip limits must be positive");
    }
  }
}
