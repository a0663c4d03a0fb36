package cn.onemap.tiles.render;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits of one render, so a single request cannot monopolize the server.
 *
 * @param maxWidth largest image width in pixels (default 4096)
 * @param maxHeight largest image height in pixels (default 4096)
 * @param maxFeaturesPerLayer more features than this in one layer pass fails the render with {@link
 *     RenderLimitException} (default 500,000) rather than drawing a silently partial map
 * @param maxLabels label candidates kept for placement per render (default 50,000); further ones
 *     are dropped, which only loses labels that would mostly collide anyway
 * @param timeBudget wall-clock budget checked while streaming features ({@link
 *     RenderTimeoutException}); default 60 s
 */
public record RenderLimits(
    int maxWidth, int maxHeight, long maxFeaturesPerLayer, int maxLabels, Duration timeBudget) {
  public static final RenderLimits DEFAULT =
      new RenderLimits(4096, 4096, 500_000, 50_000, Duration.ofSeconds(60));

  public RenderLimits {
    if (maxWidth < 1 || maxHeight < 1 || maxFeaturesPerLayer < 1 || maxLabels < 0) {
      throw new IllegalArgumentException("render limits must be positive");
    }
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("time budget must be positive, was " + timeBudget);
    }
  }

  public RenderLimits withMaxFeaturesPerLayer(long max) {
    return new RenderLimits(maxWidth, maxHeight, max, maxLabels, timeBudget);
  }

  public RenderLimits withTimeBudget(Duration budget) {
    return new RenderLimits(maxWidth, maxHeight, maxFeaturesPerLayer, maxLabels, budget);
  }
}
