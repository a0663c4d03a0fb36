package cn.onemap.core.filter;

/**
 * Converts an OGC LIKE pattern (any wildcard, single-char and escape characters) to SQL LIKE with
 * escape '\'.
 */
final class LikePattern {
  private LikePattern() {}

  static String toSql(String pattern, String wildCard, String singleChar, String escape) {
    StringBuilder sql = new StringBuilder(pattern.length() + 8);
    char wild = wildCard.isEmpty() ? '%' : wildCard.charAt(0);
    char single = singleChar.isEmpty() ? '_' : singleChar.charAt(0);
    char esc = escape.isEmpty() ? '\\' : escape.charAt(0);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == esc && i + 1 < pattern.length()) {
        appendLiteral(sql, pattern.charAt(++i));
      } else if (c == wild) {
        sql.append('%');
      } else if (c == single) {
        sql.append('_');
      } else {
        appendLiteral(sql, c);
      }
    }
    return sql.toString();
  }

  private static void appendLiteral(StringBuilder sql, char c) {
    if (c == '%' || c == '_' || c == '\\') {
      sql.append('\\');
    }
    sql.append(c);
  }
}
