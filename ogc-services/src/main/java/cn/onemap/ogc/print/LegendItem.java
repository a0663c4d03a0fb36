package cn.onemap.ogc.print;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One layer's legend: its title and the GetLegendGraphic picture, placed at {@value #PX_PER_INCH}
 * pixels per inch (a 12 px label prints at about 9 pt), smaller when the legend is crowded.
 */
public record LegendItem(String title, BufferedImage image) {
  public static final double PX_PER_INCH = 96;

  public LegendItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(image, "image");
  }

  double widthMm() {
    return image.getWidth() * 25.4 / PX_PER_INCH;
  }

  double heightMm() {
    return image.getHeight() * 25.4 / PX_PER_INCH;
  }
}
