package cn.onemap.tiles.style;

import java.util.Objects;

/**
 * A label font. The renderer falls back to a CJK-capable family when this one is missing or cannot
 * display the label (see {@code cn.onemap.tiles.render.Fonts}).
 *
 * @param family font family, e.g. "Noto Sans CJK SC"
 * @param size size in pixels
 */
public record LabelFont(String family, double size, boolean bold, boolean italic) {
  public static final String DEFAULT_FAMILY = "Noto Sans CJK SC";

  public LabelFont {
    Objects.requireNonNull(family, "family");
    if (!(size > 0) || size > 200) {
      throw new IllegalArgumentException("font-size must be 0..200 px, was " + size);
    }
  }

  public static LabelFont of(double size) {
    return new LabelFont(DEFAULT_FAMILY, size, false, false);
  }
}
