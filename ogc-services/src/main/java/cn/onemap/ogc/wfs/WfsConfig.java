package cn.onemap.ogc.wfs;

/**
 * Settings of the WFS.
 *
 * @param namespaceUri namespace of the {@code onemap:} feature types
 * @param title service title in capabilities (Chinese)
 * @param maxFeatures most features one WFS 2.0 GetFeature returns; larger results are paged with
 *     {@code next} links (COUNT above it is lowered to it); advertised as {@code CountDefault}
 * @param unpagedMaxFeatures most features one WFS 1.1.0 GetFeature returns. WFS 1.1 has no paging
 *     its clients use (QGIS and GDAL read the whole layer in one request), so it is advertised as
 *     {@code DefaultMaxFeatures} and a result larger than it is refused with an exception report,
 *     never cut short silently. Responses are streamed, so this bounds time, not memory.
 */
public record WfsConfig(
    String namespaceUri, String title, int maxFeatures, int unpagedMaxFeatures) {
  public static final String DEFAULT_NAMESPACE = "http://onemap.meizhou.gov.cn/onemap";

  /** Default of {@link #unpagedMaxFeatures}: a whole layer of the large sample city. */
  public static final int DEFAULT_UNPAGED_MAX_FEATURES = 200_000;

  public WfsConfig {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be positive, was " + maxFeatures);
    }
    if (unpagedMaxFeatures < 1) {
      throw new IllegalArgumentException(
          "unpagedMaxFeatures must be positive, was " + unpagedMaxFeatures);
    }
  }

  /** Settings with the default WFS 1.1.0 limit (at least {@code maxFeatures}). */
  public WfsConfig(String namespaceUri, String title, int maxFeatures) {
    this(namespaceUri, title, maxFeatures, Math.max(maxFeatures, DEFAULT_UNPAGED_MAX_FEATURES));
  }

  public static WfsConfig defaults() {
    return new WfsConfig(DEFAULT_NAMESPACE, "梅州市一张图 WFS", 10_000);
  }

  /** The same settings with another WFS 1.1.0 limit. */
  public WfsConfig withUnpagedMaxFeatures(int n) {
    return new WfsConfig(namespaceUri, title, maxFeatures, n);
  }
}
