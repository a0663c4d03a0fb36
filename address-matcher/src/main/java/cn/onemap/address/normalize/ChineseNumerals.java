package cn.onemap.address.normalize;

import java.util.OptionalInt;

/**
 * Chinese numerals in addresses: positional (一百二十三 = 123, 一千二百零二 = 1202, 十二 = 12) and digit by
 * digit (一二零二 = 1202), 0–99,999,999.
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /** Whether the character can be part of a numeral (〇 and 两 included). */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /** The value of a whole numeral, or empty when it is not one. */
  public static OptionalInt parse(CharSequence s) {
    if (s.length() == 0 || s.length() > 16) {
      return OptionalInt.empty();
    }
    boolean positional = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isNumeralChar(c)) {
        return OptionalInt.empty();
      }
      positional |= unit(c) > 0;
    }
    if (!positional) {
      long v = 0;
      for (int i = 0; i < s.length(); i++) {
        v = v * 10 + digit(s.charAt(i));
      }
      return v > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) v);
    }
    long total = 0;
    long section = 0;
    int pending = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (pending >= 0 && d != 0 && pending != 0) {
          return OptionalInt.empty(); // two digits in a row in a positional numeral
        }
        pending = d;
        continue;
      }
      int u = unit(c);
      if (u == 10_000) {
        section += Math.max(pending, 0);
        total += (section == 0 ? 1 : section) * 10_000;
        section = 0;
      } else {
        section += (pending < 0 ? 1 : pending) * (long) u;
      }
      pending = -1;
    }
    total += section + Math.max(pending, 0);
    return total > 99_999_999 ? OptionalInt.empty() : OptionalInt.of((int) total);
  }

  static int digit(char c) {
    if (c == '〇') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }

  static int unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      case '万' -> 10_000;
      default -> 0;
    };
  }
}
