package cn.onemap.tiles.thematic;

import java.util.Locale;
import java.util.Optional;

/** How a graduated map divides the values into classes (see {@link ClassBreaks}). */
public enum ClassMethod {
  /** Classes of equal width between the minimum and the maximum (等间距). */
  EQUAL_INTERVAL("equal"),
  /** Classes holding about the same number of features (分位数). */
  QUANTILE("quantile"),
  /** Jenks natural breaks: least squared deviation within classes (自然断点). */
  JENKS("jenks");

  private final String key;

  ClassMethod(String key) {
    this.key = key;
  }

  /** The short name used in style names and the REST API. */
  public String key() {
    return key;
  }

  public static Optional<ClassMethod> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (ClassMethod m : values()) {
      if (m.key.equals(k) || m.name().toLowerCase(Locale.ROOT).equals(k)) {
        return Optional.of(m);
      }
    }
    return k.equals("natural_breaks") ? Optional.of(JENKS) : Optional.empty();
  }
}
