package cn.onemap.ogc.wfs;

/**
 * Settings of the WFS.
 *
 * @param namespaceUri namespace of the {@code onemap:} feature types
 * @param title service title in capabilities (Chinese)
 * @param maxFeatures most features one GetFeature returns; larger results are paged with {@code
 *     next} links (COUNT above it is lowered to it)
 */
public record WfsConfig(String namespaceUri, String title, int maxFeatures) {
  public static final String DEFAULT_NAMESPACE = "http://onemap.meizhou.gov.cn/onemap";

  public WfsConfig {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be positive, was " + maxFeatures);
    }
  }

  public static WfsConfig defaults() {
    return new WfsConfig(DEFAULT_NAMESPACE, "梅州市一张图 WFS", 10_000);
  }
}
