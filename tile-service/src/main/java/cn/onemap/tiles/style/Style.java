package cn.onemap.tiles.style;

import java.awt.Color;

/** Small helpers shared by the style records: colour parsing and range checks. */
public final class Style {
  private Style() {}

  /** Parses {@code #RRGGBB} (or {@code #RGB}) as SLD writes colours. */
  public static Color color(String hex) {
    String h = hex.strip();
    if (h.startsWith("#")) {
      h = h.substring(1);
    } else if (h.startsWith("0x") || h.startsWith("0X")) {
      h = h.substring(2);
    }
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    if (h.length() != 6) {
      throw new IllegalArgumentException("colour '" + hex + "' is not #RRGGBB");
    }
    try {
      return new Color(Integer.parseInt(h, 16));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("colour '" + hex + "' is not #RRGGBB", e);
    }
  }

  public static String hex(Color c) {
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }

  static Color withOpacity(Color c, double opacity) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
  }

  static double unit(String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, was " + v);
    }
    return v;
  }
}
