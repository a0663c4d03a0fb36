package cn.onemap.tiles.style;

import java.util.Objects;

/**
 * Draws the graphic at a point; lines get it at their middle, polygons at their interior point (as
 * GeoServer does).
 */
public record PointSymbolizer(Graphic graphic) implements Symbolizer {
  public PointSymbolizer {
    Objects.requireNonNull(graphic, "graphic");
  }
}
