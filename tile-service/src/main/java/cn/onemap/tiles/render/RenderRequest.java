package cn.onemap.tiles.render;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What to draw: an image of {@code width}×{@code height} pixels showing {@code bbox} in {@code crs}
 * (x = east always, whatever the EPSG axis order; the bbox is stretched to the image as WMS does).
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param bbox the map extent in {@code crs} units
 * @param crs the map CRS: EPSG:4490 (default when null), 4326, 3857, GK zones such as 4547/4548
 * @param layers bottom first
 * @param transparent transparent background (PNG); otherwise {@code background} is painted
 * @param background background colour (default white); ignored when transparent
 * @param antialias antialiased geometry and text
 * @param limits size, feature and time limits (default {@link RenderLimits#DEFAULT})
 * @param labelBuffer pixels around the image in which label candidates are still collected and
 *     placed (0 to {@value #MAX_LABEL_BUFFER}; 0 for WMS): tiles use it so that a label of a
 *     feature just across the tile edge is drawn on both tiles, each showing its part
 */
public record RenderRequest(
    int width,
    int height,
    Envelope bbox,
    String crs,
    List<LayerRender> layers,
    boolean transparent,
    Color background,
    boolean antialias,
    RenderLimits limits,
    int labelBuffer) {

  public static final String DEFAULT_CRS = "EPSG:4490";
  public static final int MAX_LABEL_BUFFER = 512;

  public RenderRequest {
    Objects.requireNonNull(bbox, "bbox");
    crs = crs == null || crs.isBlank() ? DEFAULT_CRS : crs;
    layers = List.copyOf(layers);
    background = background == null ? Color.WHITE : background;
    limits = limits == null ? RenderLimits.DEFAULT : limits;
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "image size must be positive, was " + width + "x" + height);
    }
    if (width > limits.maxWidth() || height > limits.maxHeight()) {
      throw new RenderLimitException(
          "image of "
              + width
              + "x"
              + height
              + " px exceeds the limit of "
              + limits.maxWidth()
              + "x"
              + limits.maxHeight());
    }
    if (labelBuffer < 0 || labelBuffer > MAX_LABEL_BUFFER) {
      throw new IllegalArgumentException(
          "label buffer must be 0.." + MAX_LABEL_BUFFER + " px, was " + labelBuffer);
    }
    if (bbox.isNull() || !(bbox.getWidth() > 0) || !(bbox.getHeight() > 0)) {
      throw new IllegalArgumentException("bbox must have a positive width and height: " + bbox);
    }
  }

  /** A request with the defaults: EPSG:4490, white opaque background, antialiased. */
  public static RenderRequest of(int width, int height, Envelope bbox, List<LayerRender> layers) {
    return new RenderRequest(width, height, bbox, DEFAULT_CRS, layers, false, null, true, null, 0);
  }

  public RenderRequest withCrs(String code) {
    return new RenderRequest(
        width, height, bbox, code, layers, transparent, background, antialias, limits, labelBuffer);
  }

  public RenderRequest withTransparent(boolean t) {
    return new RenderRequest(
        width, height, bbox, crs, layers, t, background, antialias, limits, labelBuffer);
  }

  public RenderRequest withBackground(Color c) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, c, antialias, limits, labelBuffer);
  }

  public RenderRequest withLimits(RenderLimits l) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, background, antialias, l, labelBuffer);
  }

  /** Collects and places labels up to {@code pixels} beyond the image edges (tiles). */
  public RenderRequest withLabelBuffer(int pixels) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, background, antialias, limits, pixels);
  }
}
