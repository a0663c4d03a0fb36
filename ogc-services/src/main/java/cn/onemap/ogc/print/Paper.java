package cn.onemap.ogc.print;

import java.util.Locale;

/** ISO 216 paper sizes, portrait width × height in millimetres. */
public enum Paper {
  A4(210, 297),
  A3(297, 420);

  private final double widthMm;
  private final double heightMm;

  Paper(double widthMm, double heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** Page width in mm for the orientation. */
  public double width(boolean landscape) {
    return landscape ? heightMm : widthMm;
  }

  /** Page height in mm for the orientation. */
  public double height(boolean landscape) {
    return landscape ? widthMm : heightMm;
  }

  /** {@code A4} or {@code a3}; anything else is a {@link PrintException}. */
  public static Paper parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PrintException.invalid("paper", "paper must be A4 or A3, was '" + text + "'");
    }
  }
}
