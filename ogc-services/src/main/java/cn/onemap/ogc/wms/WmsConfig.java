package cn.onemap.ogc.wms;

import cn.onemap.tiles.render.RenderBudget;
import cn.onemap.tiles.render.RenderLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of the WMS.
 *
 * @param title service title in capabilities (Chinese)
 * @param maxWidth largest WIDTH of a GetMap (advertised as MaxWidth; default 4096)
 * @param maxHeight largest HEIGHT of a GetMap (advertised as MaxHeight; default 4096)
 * @param renderTimeout wall-clock budget of one render; a slower render fails with an exception
 * @param maxFeaturesPerLayer more features than this in one layer of one GetMap fails the request
 *     ("zoom in or filter") rather than drawing a partial map
 * @param featureInfoBufferPx GetFeatureInfo finds features within this many pixels of the point
 * @param maxFeatureCount the largest FEATURE_COUNT honoured (larger values are lowered to it)
 * @param stylesDir named styles besides {@code default}: {@code <dir>/<layerId>/<style>.sld} (see
 *     {@link StyleCatalog}); empty for none
 * @param sldAllowedHosts hosts from which {@code SLD=<url>} may be fetched (exact, lower case);
 *     empty (the default) refuses every remote SLD, so the WMS cannot be used for server-side
 *     request forgery
 * @param metadata keywords, contact and per-layer metadata of the capabilities
 * @param anonymousMaxSize largest WIDTH and HEIGHT of an anonymous caller's GetMap (signed-in
 *     callers and API keys get {@code maxWidth} × {@code maxHeight}); default 2048, so an anonymous
 *     image is at most a quarter of the largest one
 * @param renderBudget admission of renders: memory budget, concurrency and wait (shared by every
 *     image the WMS draws)
 */
public record WmsConfig(
    String title,
    int maxWidth,
    int maxHeight,
    Duration renderTimeout,
    long maxFeaturesPerLayer,
    int featureInfoBufferPx,
    int maxFeatureCount,
    Optional<Path> stylesDir,
    Set<String> sldAllowedHosts,
    WmsMetadata metadata,
    int anonymousMaxSize,
    RenderBudget renderBudget) {

  public WmsConfig {
    java.util.Objects.requireNonNull(metadata, "metadata");
    java.util.Objects.requireNonNull(renderBudget, "renderBudget");
    if (anonymousMaxSize < 1) {
      throw new IllegalArgumentException("anonymousMaxSize must be positive");
    }
    if (maxWidth < 1 || maxHeight < 1 || maxFeaturesPerLayer < 1 || maxFeatureCount < 1) {
      throw new IllegalArgumentException("WMS limits must be positive");
    }
    if (featureInfoBufferPx < 0 || featureInfoBufferPx > 50) {
      throw new IllegalArgumentException(
          "featureInfoBufferPx must be 0..50, was " + featureInfoBufferPx);
    }
    sldAllowedHosts =
        sldAllowedHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  public static WmsConfig defaults() {
    return new WmsConfig(
        "梅州市一张图 WMS",
        4096,
        4096,
        Duration.ofSeconds(60),
        500_000,
        4,
        50,
        Optional.empty(),
        Set.of(),
        WmsMetadata.defaults(),
        2048,
        RenderBudget.forHeap());
  }

  public WmsConfig withMaxSize(int width, int height) {
    return new WmsConfig(
        title,
        width,
        height,
        renderTimeout,
        maxFeaturesPerLayer,
        featureInfoBufferPx,
        maxFeatureCount,
        stylesDir,
        sldAllowedHosts,
        metadata,
        anonymousMaxSize,
        renderBudget);
  }

  /** The same settings with a styles directory (named styles). */
  public WmsConfig withStylesDir(Path dir) {
    return new WmsConfig(
        title,
        maxWidth,
        maxHeight,
        renderTimeout,
        maxFeaturesPerLayer,
        featureInfoBufferPx,
        maxFeatureCount,
        Optional.of(dir),
        sldAllowedHosts,
        metadata,
        anonymousMaxSize,
        renderBudget);
  }

  /** The same settings with the hosts remote SLD documents may come from. */
  public WmsConfig withSldAllowedHosts(Set<String> hosts) {
    return new WmsConfig(
        title,
        maxWidth,
        maxHeight,
        renderTimeout,
        maxFeaturesPerLayer,
        featureInfoBufferPx,
        maxFeatureCount,
        stylesDir,
        hosts,
        metadata,
        anonymousMaxSize,
        renderBudget);
  }

  /** The same settings with these capabilities metadata. */
  public WmsConfig withMetadata(WmsMetadata m) {
    return new WmsConfig(
        title,
        maxWidth,
        maxHeight,
        renderTimeout,
        maxFeaturesPerLayer,
        featureInfoBufferPx,
        maxFeatureCount,
        stylesDir,
        sldAllowedHosts,
        m,
        anonymousMaxSize,
        renderBudget);
  }

  /** The same settings with another memory budget and anonymous size limit for renders. */
  public WmsConfig withRendering(int anonymousMax, RenderBudget budget) {
    return new WmsConfig(
        title,
        maxWidth,
        maxHeight,
        renderTimeout,
        maxFeaturesPerLayer,
        featureInfoBufferPx,
        maxFeatureCount,
        stylesDir,
        sldAllowedHosts,
        metadata,
        anonymousMax,
        budget);
  }

  /** Largest WIDTH of a GetMap for this caller class. */
  public int maxWidth(boolean signedIn) {
    return signedIn ? maxWidth : Math.min(maxWidth, anonymousMaxSize);
  }

  /** Largest HEIGHT of a GetMap for this caller class. */
  public int maxHeight(boolean signedIn) {
    return signedIn ? maxHeight : Math.min(maxHeight, anonymousMaxSize);
  }

  /** The renderer's limits for these settings. */
  public RenderLimits renderLimits() {
    return new RenderLimits(
        maxWidth, maxHeight, maxFeaturesPerLayer, RenderLimits.DEFAULT.maxLabels(), renderTimeout);
  }
}
