package cn.onemap.ogc.print;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One layer's legend: its title and the GetLegendGraphic picture, placed at {@value #PX_PER_INCH}
 * of its pixels per inch (a 12 px label prints at about 9 pt), smaller when the legend is crowded.
 * A picture drawn {@code k} times larger for a sharp print ({@code LegendImages.of(…, k)}) gives
 * {@code pxPerInch} = k × {@value #PX_PER_INCH} and prints the same size.
 */
public record LegendItem(String title, BufferedImage image, double pxPerInch) {
  public static final double PX_PER_INCH = 96;

  public LegendItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(image, "image");
    if (!(pxPerInch > 0)) {
      throw new IllegalArgumentException("pixels per inch must be positive, was " + pxPerInch);
    }
  }

  /** A GetLegendGraphic picture at its own size ({@value #PX_PER_INCH} px per inch). */
  public LegendItem(String title, BufferedImage image) {
    this(title, image, PX_PER_INCH);
  }

  double widthMm() {
    return image.getWidth() * 25.4 / pxPerInch;
  }

  double heightMm() {
    return image.getHeight() * 25.4 / pxPerInch;
  }
}
