package cn.onemap.tiles.style;

import java.util.Objects;
import java.util.Optional;

/** Fills polygons and strokes their outline; either may be absent. */
public record PolygonSymbolizer(Optional<Fill> fill, Optional<Stroke> stroke)
    implements Symbolizer {
  public PolygonSymbolizer {
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(stroke, "stroke");
  }

  public static PolygonSymbolizer of(Fill fill, Stroke stroke) {
    return new PolygonSymbolizer(Optional.ofNullable(fill), Optional.ofNullable(stroke));
  }
}
