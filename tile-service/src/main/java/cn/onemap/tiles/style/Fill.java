package cn.onemap.tiles.style;

import java.awt.Color;
import java.util.Objects;

/**
 * A solid fill.
 *
 * @param color RGB colour (its alpha is ignored; use opacity)
 * @param opacity 0 (invisible) to 1 (opaque)
 */
public record Fill(Color color, double opacity) {
  public Fill {
    Objects.requireNonNull(color, "color");
    opacity = Style.unit("fill-opacity", opacity);
  }

  public static Fill of(Color color) {
    return new Fill(color, 1);
  }

  /** The colour with the opacity applied as alpha. */
  public Color paint() {
    return Style.withOpacity(color, opacity);
  }
}
