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
 *     feature just across the tile edge is drawn on both tiles, each showing its part; in standard
 *     pixels (see {@code dpi})
 * @param dpi the picture's resolution: every size a style gives in pixels (stroke widths and
 *     dashes, marks, fonts, halos, label offsets and margins, heat radii) is a standard pixel of
 *     0.28 mm ({@value #STANDARD_DPI} dpi, the pixel of SLD and of WMS scale denominators) and
 *     drawn {@code dpi / STANDARD_DPI} image pixels wide; the scale denominator that selects rules
 *     is that of the picture printed at {@code dpi}. Default {@link #STANDARD_DPI} (WMS, tiles):
 *     one style pixel is one image pixel. {@value #MIN_DPI} to {@value #MAX_DPI}
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
    int labelBuffer,
    double dpi) {

  public static final String DEFAULT_CRS = "EPSG:4490";
  public static final int MAX_LABEL_BUFFER = 512;

  /** Dots per inch of the 0.28 mm standard pixel: 0.0254 / 0.00028 ≈ 90.71. */
  public static final double STANDARD_DPI = 0.0254 / ScaleDenominator.PIXEL_SIZE_M;

  public static final double MIN_DPI = 10;
  public static final double MAX_DPI = 1200;

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
    if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
      throw new IllegalArgumentException(
          "dpi must be " + MIN_DPI + " to " + MAX_DPI + ", was " + dpi);
    }
  }

  /** A request at the standard resolution ({@link #STANDARD_DPI}). */
  public RenderRequest(
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
    this(
        width,
        height,
        bbox,
        crs,
        layers,
        transparent,
        background,
        antialias,
        limits,
        labelBuffer,
        STANDARD_DPI);
  }

  /** Image pixels per standard (style) pixel: {@code dpi / STANDARD_DPI}. */
  public double pixelRatio() {
    return dpi / STANDARD_DPI;
  }

  /** A request with the defaults: EPSG:4490, white opaque background, antialiased. */
  public static RenderRequest of(int width, int height, Envelope bbox, List<LayerRender> layers) {
    return new RenderRequest(width, height, bbox, DEFAULT_CRS, layers, false, null, true, null, 0);
  }

  public RenderRequest withCrs(String code) {
    return new RenderRequest(
        width,
        height,
        bbox,
        code,
        layers,
        transparent,
        background,
        antialias,
        limits,
        labelBuffer,
        dpi);
  }

  public RenderRequest withTransparent(boolean t) {
    return new RenderRequest(
        width, height, bbox, crs, layers, t, background, antialias, limits, labelBuffer, dpi);
  }

  public RenderRequest withBackground(Color c) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, c, antialias, limits, labelBuffer, dpi);
  }

  public RenderRequest withLimits(RenderLimits l) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, background, antialias, l, labelBuffer, dpi);
  }

  /** The same map at another resolution (the image size stays as given). */
  public RenderRequest withDpi(double d) {
    return new RenderRequest(
        width,
        height,
        bbox,
        crs,
        layers,
        transparent,
        background,
        antialias,
        limits,
        labelBuffer,
        d);
  }

  /** Collects and places labels up to {@code pixels} beyond the image edges (tiles). */
  public RenderRequest withLabelBuffer(int pixels) {
    return new RenderRequest(
        width, height, bbox, crs, layers, transparent, background, antialias, limits, pixels, dpi);
  }
}
