package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.tiles.style.UserStyle;
import java.awt.image.BufferedImage;

/**
 * The GetLegendGraphic picture of a style, for other outputs than WMS (the print layout): the same
 * rows, swatches and code-list names as {@code GetLegendGraphic}, on a transparent ground.
 */
public final class LegendImages {
  private LegendImages() {}

  /**
   * @param swatch width and height of each rule's swatch in pixels (20 in GetLegendGraphic)
   */
  public static BufferedImage of(UserStyle style, String layerTitle, CodeNames names, int swatch) {
    return of(style, layerTitle, names, swatch, 1);
  }

  /**
   * The same legend drawn {@code scale} times larger (swatches, strokes, text), for a print at
   * {@code scale} × 96 dpi.
   */
  public static BufferedImage of(
      UserStyle style, String layerTitle, CodeNames names, int swatch, double scale) {
    return LegendPainter.paint(style, layerTitle, names, swatch, swatch, true, scale);
  }
}
