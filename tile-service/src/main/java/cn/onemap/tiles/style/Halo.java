package cn.onemap.tiles.style;

import java.util.Objects;

/** A halo around label glyphs: radius in pixels and its fill (SLD default: 1 px white). */
public record Halo(double radius, Fill fill) {
  public Halo {
    Objects.requireNonNull(fill, "fill");
    if (!(radius >= 0) || radius > 50) {
      throw new IllegalArgumentException("halo radius must be 0..50 px, was " + radius);
    }
  }
}
