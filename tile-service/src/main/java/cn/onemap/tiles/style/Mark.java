package cn.onemap.tiles.style;

import java.util.Objects;
import java.util.Optional;

/**
 * A well-known mark with its own fill and outline. SLD's defaults: a grey square with a black
 * outline.
 */
public record Mark(WellKnownMark shape, Optional<Fill> fill, Optional<Stroke> stroke) {
  public Mark {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(stroke, "stroke");
  }

  public static Mark of(WellKnownMark shape, Fill fill, Stroke stroke) {
    return new Mark(shape, Optional.ofNullable(fill), Optional.ofNullable(stroke));
  }
}
