package cn.onemap.address.parse;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * How alike two Chinese characters sound, for weighing typos: clerks type a character of the same
 * pinyin (彬 → 斌, 道 → 到) far more often than an unrelated one. Readings from pinyin4j, tones
 * ignored, every reading of a polyphone considered.
 */
public final class Pinyin {
  /** Cost of a character that sounds nothing like the one it replaces. */
  public static final double UNRELATED = 0.7;

  private static final String[] NONE = new String[0];
  private static final ConcurrentHashMap<Character, String[]> CACHE = new ConcurrentHashMap<>();

  private Pinyin() {}

  /** Toneless readings of a character (empty for non-Chinese characters). */
  public static String[] readings(char c) {
    return CACHE.computeIfAbsent(c, Pinyin::compute);
  }

  private static String[] compute(char c) {
    String[] r = PinyinHelper.toHanyuPinyinStringArray(c);
    if (r == null) {
      return NONE;
    }
    return Arrays.stream(r).map(s -> s.replaceAll("[0-9]", "")).distinct().toArray(String[]::new);
  }

  /**
   * Cost of writing {@code b} for {@code a}: 0 the same, 0.25 a homophone, 0.5 a near homophone
   * (zh/z, ch/c, sh/s, n/l, an/ang, en/eng, in/ing), {@value #UNRELATED} otherwise.
   */
  public static double substitution(char a, char b) {
    if (a == b) {
      return 0;
    }
    double best = UNRELATED;
    for (String x : readings(a)) {
      for (String y : readings(b)) {
        if (x.equals(y)) {
          return 0.25;
        }
        if (fuzzy(x).equals(fuzzy(y))) {
          best = 0.5;
        }
      }
    }
    return best;
  }

  private static String fuzzy(String s) {
    String t = s.replace("zh", "z").replace("ch", "c").replace("sh", "s");
    if (t.startsWith("l")) {
      t = "n" + t.substring(1);
    }
    if (t.endsWith("ng") && t.length() > 2) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
