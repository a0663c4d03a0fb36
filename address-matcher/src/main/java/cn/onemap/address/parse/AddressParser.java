package cn.onemap.address.parse;

import cn.onemap.address.gazetteer.ShortForms;
import cn.onemap.address.normalize.NormalizedAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a normalized address apart, dictionary first: at each position the longest name of the
 * {@link Lexicon} (admin units of the country, the registry's streets, former street names,
 * compounds) or a number with its suffix (号, 栋, 单元, 层, 室); order does not matter and levels may be
 * missing or repeated. Stretches that match nothing are then looked up fuzzily (one wrong, missing
 * or extra character) as street or compound names, together with the name just before them when it
 * could have swallowed their first characters.
 */
public final class AddressParser {
  private static final int MAX_FUZZY_WINDOW = 12;
  private static final double UNCOVERED = 0.08;
  private static final double PRUNE = 0.5;

  private AddressParser() {}

  public static ParsedAddress parse(NormalizedAddress normalized, Lexicon lexicon) {
    String t = normalized.text();
    int n = t.length();
    var tokens = new ArrayList<Token>();
    var spans = new ArrayList<int[]>();
    int[] nums = new int[5]; // door, building, unit, floor, room
    String doorSub = "";
    int unknownStart = -1;
    int bare = 0;
    int i = provinceLetter(t, lexicon, tokens);
    while (i < n) {
      Lexicon.Hit hit = lexicon.longestAt(t, i).orElse(null);
      if (hit != null) {
        unknownStart = flush(spans, unknownStart, i);
        tokens.add(
            new Token(
                hit.start(),
                hit.end(),
                t.substring(hit.start(), hit.end()),
                List.of(hit.refs()),
                0));
        i = hit.end();
        continue;
      }
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && j - i < 9 && Character.isDigit(t.charAt(j))) {
          j++;
        }
        int value = Integer.parseInt(t.substring(i, j));
        int slot = -1;
        int after = j;
        if (t.startsWith("号", j)) {
          slot = 0;
          after = j + 1;
        } else if (t.startsWith("栋", j)) {
          slot = 1;
          after = j + 1;
        } else if (t.startsWith("单元", j)) {
          slot = 2;
          after = j + 2;
        } else if (t.startsWith("层", j)) {
          slot = 3;
          after = j + 1;
        } else if (t.startsWith("室", j)) {
          slot = 4;
          after = j + 1;
        } else if (j == n) {
          bare = value;
          unknownStart = flush(spans, unknownStart, i);
          i = j;
          continue;
        }
        if (slot >= 0) {
          unknownStart = flush(spans, unknownStart, i);
          if (nums[slot] == 0) {
            nums[slot] = value;
          }
          i = after;
          if (slot == 0 && t.startsWith("附", i)) {
            int k = i + 1;
            while (k < n && (Character.isDigit(t.charAt(k)) || "甲乙丙丁".indexOf(t.charAt(k)) >= 0)) {
              k++;
            }
            doorSub = t.substring(i + 1, k);
            i = k;
          }
          continue;
        }
        if (unknownStart < 0) {
          unknownStart = i;
        }
        i = j;
        continue;
      }
      if (unknownStart < 0) {
        unknownStart = i;
      }
      i++;
    }
    flush(spans, unknownStart, n);
    if (bare > 0) {
      if ((nums[1] > 0 || nums[2] > 0) && nums[4] == 0) {
        nums[4] = bare;
      } else if (nums[0] == 0) {
        nums[0] = bare;
      }
    }
    var unknown = new ArrayList<String>();
    for (int[] s : spans) {
      unknown.add(t.substring(s[0], s[1]));
    }
    tokens.addAll(fuzzyTokens(t, spans, tokens, lexicon));
    return new ParsedAddress(
        normalized, tokens, nums[0], doorSub, nums[1], nums[2], nums[3], nums[4], unknown);
  }

  /**
   * A one-character province short form opening the text (粤深圳…, 湘 湘潭县…) becomes a province token
   * when the name right after it lies in that province; returns where parsing goes on.
   */
  private static int provinceLetter(String t, Lexicon lexicon, List<Token> tokens) {
    if (t.length() < 3) {
      return 0;
    }
    String province = ShortForms.provinceLetter(t.charAt(0)).orElse(null);
    if (province == null || lexicon.longestAt(t, 0).isPresent()) {
      return 0; // 新疆, 吉林市 …: the letter is part of a longer name
    }
    Lexicon.Hit next = lexicon.longestAt(t, 1).orElse(null);
    if (next == null
        || next.refs().length == 0
        || Arrays.stream(next.refs())
            .noneMatch(r -> r.kind().isAdmin() && r.code().startsWith(province))) {
      return 0;
    }
    Ref r = new Ref(Ref.Kind.PROVINCE, province, -1, false, false).abbreviation();
    tokens.add(new Token(0, 1, t.substring(0, 1), List.of(r), 0));
    return 1;
  }

  private static int flush(List<int[]> spans, int start, int end) {
    if (start >= 0 && end > start) {
      spans.add(new int[] {start, end});
    }
    return -1;
  }

  /**
   * Street and compound names one edit away from the stretches nothing matched: every suffix and
   * prefix of the stretch (widened by the admin or short name just before it) of 3–12 characters.
   */
  private static List<Token> fuzzyTokens(
      String t, List<int[]> spans, List<Token> exact, Lexicon lexicon) {
    var best = new LinkedHashMap<Ref, Token>();
    for (int[] s : spans) {
      if (!hasHan(t, s[0], s[1])) {
        continue;
      }
      var inSpan = new LinkedHashMap<Ref, Token>();
      int from = s[0];
      for (Token e : exact) {
        if (e.end() == s[0] && e.end() - e.start() <= 4) {
          from = e.start();
        }
      }
      int to = s[1];
      var windows = new ArrayList<int[]>();
      for (int a = Math.max(from, to - MAX_FUZZY_WINDOW); a <= to - 2; a++) {
        windows.add(new int[] {a, to});
      }
      for (int b = s[0] + 2; b < Math.min(to, s[0] + MAX_FUZZY_WINDOW); b++) {
        windows.add(new int[] {s[0], b});
      }
      double lowest = Double.MAX_VALUE;
      for (int[] w : windows) {
        String q = t.substring(w[0], w[1]);
        // A name that leaves part of the stretch unexplained is less likely (梅水中路 inside
        // 眉水中路2巷, whose whole is 梅水中路2巷).
        int unexplained = Math.max(0, s[0] - w[0]) + (s[1] - s[0]) - (w[1] - Math.max(w[0], s[0]));
        for (Lexicon.FuzzyHit h : lexicon.fuzzy(q)) {
          double cost = Math.min(1, Math.max(h.cost(), 0.05) + UNCOVERED * unexplained);
          Token prev = inSpan.get(h.ref());
          if (prev == null || cost < prev.cost()) {
            inSpan.put(h.ref(), new Token(w[0], w[1], q, List.of(h.ref()), cost));
            lowest = Math.min(lowest, cost);
          }
        }
      }
      // Only the names nearly as close as the closest one: a wrong homophone beats a dozen
      // names one unrelated character away.
      for (var e : inSpan.entrySet()) {
        if (e.getValue().cost() <= lowest + PRUNE) {
          Token prev = best.get(e.getKey());
          if (prev == null || e.getValue().cost() < prev.cost()) {
            best.put(e.getKey(), e.getValue());
          }
        }
      }
    }
    return new ArrayList<>(best.values());
  }

  private static boolean hasHan(String t, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = t.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fa5') {
        return true;
      }
    }
    return false;
  }

  /** For tests: the names found, by kind. */
  static Map<Ref.Kind, List<String>> names(ParsedAddress p) {
    var out = new LinkedHashMap<Ref.Kind, List<String>>();
    for (Token tk : p.tokens()) {
      for (Ref r : tk.refs()) {
        out.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(tk.text());
      }
    }
    return out;
  }
}
