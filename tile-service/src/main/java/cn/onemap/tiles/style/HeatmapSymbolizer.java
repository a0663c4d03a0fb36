package cn.onemap.tiles.style;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A heat map (kernel density surface) of the features' points, drawn as a colour ramp. Each point
 * (a line's middle, a polygon's interior point) adds a quartic (biweight) kernel {@code w·(1 −
 * d²/r²)²} of radius {@code radiusPx} pixels, weighted by {@code weightProperty} (1 when absent);
 * the surface is normalised to its maximum in the rendered image (as GeoServer's heat map does) and
 * coloured by {@code ramp}, interpolated linearly between stops. Below the first stop nothing is
 * drawn.
 *
 * <p>In SLD it is GeoServer's rendering transformation {@code vec:Heatmap} in the
 * FeatureTypeStyle's {@code Transformation} with a RasterSymbolizer ColorMap in the rule (see
 * {@code cn.onemap.tiles.sld} package docs).
 *
 * @param radiusPx kernel radius in pixels, 1..{@value #MAX_RADIUS}
 * @param weightProperty numeric attribute weighting each point; empty for a count
 * @param ramp stops by ascending quantity (0 = no density, 1 = the image's maximum); at least two
 * @param opacity overall opacity 0..1
 */
public record HeatmapSymbolizer(
    double radiusPx, Optional<String> weightProperty, List<Stop> ramp, double opacity)
    implements Symbolizer {
  public static final int MAX_RADIUS = 200;

  /** A ramp stop: at {@code quantity} (0..1) the colour with {@code opacity}. */
  public record Stop(double quantity, Color color, double opacity) {
    public Stop {
      Objects.requireNonNull(color, "color");
      quantity = Style.unit("heat map quantity", quantity);
      opacity = Style.unit("heat map stop opacity", opacity);
    }
  }

  public HeatmapSymbolizer {
    Objects.requireNonNull(weightProperty, "weightProperty");
    if (!(radiusPx >= 1) || radiusPx > MAX_RADIUS) {
      throw new IllegalArgumentException(
          "heat map radius must be 1.." + MAX_RADIUS + " px, was " + radiusPx);
    }
    ramp = List.copyOf(ramp);
    if (ramp.size() < 2) {
      throw new IllegalArgumentException("a heat map colour ramp needs at least two stops");
    }
    for (int i = 1; i < ramp.size(); i++) {
      if (ramp.get(i).quantity() < ramp.get(i - 1).quantity()) {
        throw new IllegalArgumentException("heat map stops must be in ascending quantity order");
      }
    }
    opacity = Style.unit("heat map opacity", opacity);
  }

  /** The ARGB colour of a normalised density {@code v} (0..1); 0 (transparent) below the ramp. */
  public int argb(double v) {
    Stop first = ramp.get(0);
    if (v < first.quantity() || v <= 0) {
      return 0;
    }
    for (int i = 1; i < ramp.size(); i++) {
      Stop b = ramp.get(i);
      if (v <= b.quantity()) {
        Stop a = ramp.get(i - 1);
        double span = b.quantity() - a.quantity();
        double t = span <= 0 ? 1 : (v - a.quantity()) / span;
        return mix(a, b, t);
      }
    }
    Stop last = ramp.get(ramp.size() - 1);
    return mix(last, last, 0);
  }

  private int mix(Stop a, Stop b, double t) {
    int r = lerp(a.color().getRed(), b.color().getRed(), t);
    int g = lerp(a.color().getGreen(), b.color().getGreen(), t);
    int bl = lerp(a.color().getBlue(), b.color().getBlue(), t);
    int alpha = (int) Math.round(255 * opacity * (a.opacity() + (b.opacity() - a.opacity()) * t));
    return (alpha << 24) | (r << 16) | (g << 8) | bl;
  }

  private static int lerp(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }
}
