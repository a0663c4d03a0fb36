package cn.onemap.tiles.style;

import java.util.Objects;

/** Strokes lines and polygon outlines. */
public record LineSymbolizer(Stroke stroke) implements Symbolizer {
  public LineSymbolizer {
    Objects.requireNonNull(stroke, "stroke");
  }
}
