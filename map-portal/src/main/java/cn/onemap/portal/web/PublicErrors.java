package cn.onemap.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a caller may see of an error: messages and details without file-system paths, SQL text,
 * driver messages or stack traces. The full error stays in the server log; callers get what they
 * can act on (which file, which row, which column) and nothing that maps our servers.
 */
public final class PublicErrors {
  /** Errors that are ours, not the caller's: their text is never shown. */
  private static final java.util.Set<String> INTERNAL =
      java.util.Set.of("JOB_FAILED", "STORE_ERROR", "INTERNAL_ERROR");

  static final String INTERNAL_MESSAGE = "服务器内部错误，详情已记录在服务器日志中 (internal error, logged)";
  private static final String TECHNICAL = "（技术细节已记录在服务器日志中）";

  /** Absolute Unix paths of two or more segments, and Windows drive paths. */
  private static final Pattern PATH =
      Pattern.compile("(?<![\\w./:])(?:/[^/\\s:'\"()]+){2,}/?|[A-Za-z]:\\\\[^\\s:'\"()]+");

  /** Driver and SQL signatures: text from here on is technical. SQL keywords in upper case only. */
  private static final Pattern TECHNICAL_TEXT =
      Pattern.compile(
          "(?i:\\[?SQLITE_|org\\.h2|org\\.postgresql|PSQLException|JdbcSQL|SQLException|SQL error"
              + "|SQL statement|jdbc:|Exception:|\\bat\\s+[a-z]+\\.[\\w.$]+\\()"
              + "|\\bSELECT\\s|\\bINSERT\\s+INTO\\b|\\bUPDATE\\s+\\S+\\s+SET\\b|\\bDELETE\\s+FROM\\b"
              + "|\\b(?:CREATE|DROP|ALTER)\\s+(?:TABLE|INDEX)\\b");

  private PublicErrors() {}

  /** The message as a caller may see it. */
  public static String message(String code, String message) {
    if (code == null || INTERNAL.contains(code) || message == null || message.isBlank()) {
      return INTERNAL_MESSAGE;
    }
    String text = clean(message);
    return text.isBlank() ? INTERNAL_MESSAGE : text;
  }

  private static String clean(String message) {
    String text = message;
    var technical = TECHNICAL_TEXT.matcher(text);
    if (technical.find()) {
      String head = text.substring(0, technical.start()).replaceAll("[\\s:;,(\\[]+$", "");
      text = head.isBlank() ? "" : head + " " + TECHNICAL;
    }
    return PATH.matcher(text).replaceAll(m -> fileName(m.group()));
  }

  /** The details as a caller may see them: string values cleaned like messages. */
  public static Map<String, Object> details(String code, Map<String, Object> details) {
    if (code == null || INTERNAL.contains(code) || details == null) {
      return Map.of();
    }
    var clean = new LinkedHashMap<String, Object>();
    details.forEach((k, v) -> clean.put(k, v instanceof String s ? clean(s) : v));
    return clean;
  }

  private static String fileName(String path) {
    String p = path.replace('\\', '/');
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return java.util.regex.Matcher.quoteReplacement(p.substring(p.lastIndexOf('/') + 1));
  }
}
