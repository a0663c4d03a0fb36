package cn.onemap.loaders.schema;

import cn.onemap.core.catalog.AttributeType;

/**
 * Infers an attribute type from sampled values: the narrowest of INTEGER, LONG, DOUBLE, BOOLEAN,
 * DATE, TIMESTAMP that every non-null value fits, else STRING. Text with a leading zero ("0101", a
 * part or admin sub-code) stays STRING, because reading it as a number would lose the zero. Not
 * thread-safe; feed it with {@link #add} and read {@link #type()}.
 */
public final class TypeSampler {
  private boolean anyValue;
  private boolean allInt = true;
  private boolean allLong = true;
  private boolean allNumber = true;
  private boolean allBoolean = true;
  private boolean allDate = true;
  private boolean allTimestamp = true;

  public void add(Object v) {
    if (v == null) {
      return;
    }
    anyValue = true;
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      allBoolean = allDate = allTimestamp = false;
    } else if (v instanceof Long l) {
      allInt &= l == l.intValue();
      allBoolean = allDate = allTimestamp = false;
    } else if (v instanceof Number) {
      allInt = allLong = false;
      allBoolean = allDate = allTimestamp = false;
    } else if (v instanceof Boolean) {
      allInt = allLong = allNumber = allDate = allTimestamp = false;
    } else {
      text(v.toString().strip());
    }
  }

  private void text(String s) {
    if (allLong || allNumber) {
      int kind = numberKind(s);
      if (kind == 0) {
        allInt = allLong = allNumber = false;
      } else if (kind == 2) {
        allInt = allLong = false;
      } else if (allLong) {
        try {
          long l = Long.parseLong(s);
          allInt &= l == (int) l;
        } catch (NumberFormatException e) {
          allInt = allLong = false;
        }
      }
    }
    allBoolean &= s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    allDate &= isDate(s);
    allTimestamp &=
        s.length() >= 16
            && s.charAt(4) == '-'
            && isDate(s.substring(0, 10))
            && isTime(s.substring(10));
  }

  public AttributeType type() {
    if (!anyValue) {
      return AttributeType.STRING;
    }
    if (allInt) {
      return AttributeType.INTEGER;
    }
    if (allLong) {
      return AttributeType.LONG;
    }
    if (allNumber) {
      return AttributeType.DOUBLE;
    }
    if (allBoolean) {
      return AttributeType.BOOLEAN;
    }
    if (allDate) {
      return AttributeType.DATE;
    }
    return allTimestamp ? AttributeType.TIMESTAMP : AttributeType.STRING;
  }

  /** 0 = not a number, 1 = integer, 2 = decimal. No leading zeros, no exponent, no '+'. */
  static int numberKind(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digitsStart = i;
    int dots = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return 0;
      }
    }
    int len = s.length() - digitsStart;
    if (len == 0 || dots > 1 || s.charAt(digitsStart) == '.' || s.endsWith(".")) {
      return 0;
    }
    boolean leadingZero =
        s.charAt(digitsStart) == '0' && len > 1 && s.charAt(digitsStart + 1) != '.';
    if (leadingZero) {
      return 0;
    }
    return dots == 0 ? 1 : 2;
  }

  private static boolean isDate(String s) {
    if (s.length() != 10) {
      return false;
    }
    char sep = s.charAt(4);
    if ((sep != '-' && sep != '/') || s.charAt(7) != sep) {
      return false;
    }
    return digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10);
  }

  /** " 08:30", "T08:30:00", "T08:30:00+08:00" … after the date. */
  private static boolean isTime(String s) {
    return s.length() >= 6
        && (s.charAt(0) == ' ' || s.charAt(0) == 'T')
        && digits(s, 1, 3)
        && s.charAt(3) == ':'
        && digits(s, 4, 6);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
