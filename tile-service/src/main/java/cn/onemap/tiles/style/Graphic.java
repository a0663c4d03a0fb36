package cn.onemap.tiles.style;

import java.util.Objects;

/**
 * A point graphic: a mark of {@code size} pixels (its bounding box), rotated clockwise by {@code
 * rotation} degrees, with an overall opacity.
 */
public record Graphic(Mark mark, double size, double rotation, double opacity) {
  public Graphic {
    Objects.requireNonNull(mark, "mark");
    if (!(size > 0) || size > 512) {
      throw new IllegalArgumentException("graphic size must be 0..512 px, was " + size);
    }
    if (!Double.isFinite(rotation)) {
      throw new IllegalArgumentException("rotation must be finite");
    }
    opacity = Style.unit("graphic opacity", opacity);
  }

  public static Graphic of(Mark mark, double size) {
    return new Graphic(mark, size, 0, 1);
  }
}
