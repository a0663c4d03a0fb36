package cn.onemap.tiles.style;

import java.util.Locale;
import java.util.Optional;

/** The SLD well-known mark names the renderer draws. */
public enum WellKnownMark {
  SQUARE,
  CIRCLE,
  TRIANGLE,
  STAR,
  CROSS,
  X;

  /** The mark for an SLD WellKnownName, case-insensitive; empty when unknown. */
  public static Optional<WellKnownMark> parse(String name) {
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String sldName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
