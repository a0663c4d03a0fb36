package cn.onemap.core.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the feature search index cuts text into tokens. A value is normalised (NFKC, so full-width
 * letters and digits become ASCII; lower case; no white space) and indexed as:
 *
 * <ul>
 *   <li>a code or a Latin name (no Chinese character): the whole normalised value only. Exact and
 *       prefix searches are B-tree range lookups on it ({@code token LIKE 'q%'}); there is no infix
 *       search in codes (typing the middle of a code finds nothing).
 *   <li>text holding Chinese characters (a name): every suffix, each cut to {@link #MAX_TOKEN}
 *       characters. A name contains q exactly when one of its suffixes starts with q, so infix
 *       search is one range lookup as well. This is the bigram index with its verification built
 *       in: a suffix's first two characters are the bigram, the rest spares the "does it really
 *       contain q" check a bigram index needs, and single-character queries work too.
 * </ul>
 *
 * <p>Only the first {@link #MAX_POSITIONS} characters of a value get suffixes (names are short;
 * long descriptions are not what the search box is for).
 */
public final class SearchText {
  /** Longest token stored; longer queries are looked up by their first MAX_TOKEN characters. */
  public static final int MAX_TOKEN = 32;

  /** Suffixes start only within the first this many characters. */
  static final int MAX_POSITIONS = 64;

  /** One token of a value. {@code position} 0 is the whole value (or its first MAX_TOKEN chars). */
  public record Token(int position, String token) {}

  private SearchText() {}

  /** The form values and queries are compared in. */
  public static String normalize(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var sb = new StringBuilder(n.length());
    n.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Whether the text holds a CJK ideograph (then it is indexed by suffixes). */
  static boolean hasIdeograph(String text) {
    return text.codePoints().anyMatch(Character::isIdeographic);
  }

  /** The tokens of a normalised value: empty for an empty value. */
  public static List<Token> tokens(String normalized) {
    if (normalized.isEmpty()) {
      return List.of();
    }
    var tokens = new ArrayList<Token>();
    tokens.add(new Token(0, cut(normalized, 0)));
    if (hasIdeograph(normalized)) {
      int positions = Math.min(normalized.length(), MAX_POSITIONS);
      for (int i = 1; i < positions; i++) {
        // Never start inside a surrogate pair.
        if (!Character.isLowSurrogate(normalized.charAt(i))) {
          tokens.add(new Token(i, cut(normalized, i)));
        }
      }
    }
    return tokens;
  }

  private static String cut(String s, int from) {
    int end = Math.min(s.length(), from + MAX_TOKEN);
    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(from, end);
  }

  /** The query's lookup key: its first MAX_TOKEN characters. */
  static String lookupKey(String normalizedQuery) {
    return cut(normalizedQuery, 0);
  }

  /** 0 exact, 1 prefix, 2 elsewhere, -1 no match (both arguments normalised). */
  public static int rank(String normalizedValue, String normalizedQuery) {
    if (normalizedValue.equals(normalizedQuery)) {
      return 0;
    }
    if (normalizedValue.startsWith(normalizedQuery)) {
      return 1;
    }
    return hasIdeograph(normalizedValue) && normalizedValue.contains(normalizedQuery) ? 2 : -1;
  }
}
