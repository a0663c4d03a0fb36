package cn.onemap.ogc.export;

import java.math.BigDecimal;

/** Attribute values and coordinates as text, the same in every text format. */
final class Values {
  private Values() {}

  /** Dates ISO 8601, numbers without exponent, booleans {@code true}/{@code false}. */
  static String text(Object v) {
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  /**
   * A coordinate or real number without exponent or trailing zeros ({@code 39500000}, not 3.95E7).
   */
  static String number(double d) {
    if (!Double.isFinite(d)) {
      return "";
    }
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
