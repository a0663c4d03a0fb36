package cn.onemap.ogc.wmts;

/**
 * WMTS and tile endpoint settings.
 *
 * @param title the service title in the capabilities
 * @param maxAgeSeconds the {@code max-age} of tile responses: how long a client or proxy may reuse
 *     a tile without asking (an edit is visible to it after at most this long; with {@code
 *     If-None-Match} it asks and gets 304 while nothing changed)
 */
public record WmtsConfig(String title, int maxAgeSeconds) {
  public WmtsConfig {
    if (maxAgeSeconds < 0) {
      throw new IllegalArgumentException("max-age must be >= 0, was " + maxAgeSeconds);
    }
  }

  public static WmtsConfig defaults() {
    return new WmtsConfig("梅州市时空信息云平台瓦片地图服务", 60);
  }

  public WmtsConfig withMaxAge(int seconds) {
    return new WmtsConfig(title, seconds);
  }
}
