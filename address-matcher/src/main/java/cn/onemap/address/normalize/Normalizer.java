package cn.onemap.address.normalize;

import cn.onemap.address.AddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings an address text, and every name the engine compares it with, to one form: full-width to
 * half-width, traditional to simplified ({@link CharMap}), whitespace and punctuation removed,
 * Chinese numerals before an address suffix to Arabic digits (一百二十三号 → 123号, 十二栋 → 12栋, 凌风路三巷 →
 * 凌风路3巷), suffix variants to one form (幢/座/号楼/# → 栋, 门 → 单元, 房/户 → 室, 楼 → 层), 附号 to {@code 号附N}
 * (12号之一, 12之1号, 12-1号, 12号甲). Queries are also stripped of phone numbers, the person names next to
 * them and contact notes in parentheses, and a trailing landmark phrase (…旁, …对面, …附近) marks them
 * approximate.
 *
 * <p>Names and queries go through the same steps, so a dictionary built with {@link #name} and a
 * query normalized with {@link #normalize} agree character for character. Stateless and
 * thread-safe.
 */
public final class Normalizer {
  /** Characters that may follow a numeral written in Chinese for it to be read as a number. */
  private static final String NUMERAL_SUFFIXES = "号栋幢座单门室房户层楼巷路街弄期组队排";

  private static final String[] LANDMARKS = {
    "斜对面", "正对面", "对面", "旁边", "附近", "周边", "隔壁", "后面", "门口", "前面", "东侧", "西侧", "南侧", "北侧", "一带", "旁"
  };
  private static final Pattern PHONE =
      Pattern.compile(
          "(?:(?:联系)?电话(?:号码)?|手机(?:号)?|TEL|联系方式)?:?\\s*"
              + "(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
  private static final Pattern CONTACT_NOTE =
      Pattern.compile("\\(([^()]*(?:收|电话|联系|手机|\\d{7,})[^()]*)\\)");
  private static final Pattern CONTACT_PERSON =
      Pattern.compile("(?:联系人|收件人|户主|申请人):?\\s*[\\u4e00-\\u9fa5]{2,4}");
  private static final Pattern NAME_TOKEN = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}");
  private static final String ADDRESS_CHARS = "省市区县镇乡街道路巷村号栋室单元苑园城庄湾坊组社厦场府居";

  private static final Pattern SHORTHAND = Pattern.compile("(\\d+)-(\\d+)-(\\d+)(?![\\d号])");
  private static final Pattern SUB_HYPHEN = Pattern.compile("(\\d+)-(\\d+)号");
  private static final Pattern SUB_ZHI_AFTER = Pattern.compile("(\\d+)号之(\\d+)号?");
  private static final Pattern SUB_ZHI_BEFORE = Pattern.compile("(\\d+)之(\\d+)号");
  private static final Pattern SUB_STEM_BEFORE = Pattern.compile("(\\d+)([甲乙丙丁])号");
  private static final Pattern SUB_STEM_AFTER =
      Pattern.compile("(\\d+)号之?([甲乙丙丁])(?![\\u4e00-\\u9fa5])");
  private static final Pattern BUILDING = Pattern.compile("(\\d+)(?:号楼|#楼|#|幢|座|栋)");
  private static final Pattern UNIT = Pattern.compile("(\\d+)门");
  private static final Pattern ROOM = Pattern.compile("(\\d+)(?:房|户)");
  private static final Pattern FLOOR = Pattern.compile("(\\d+)楼");
  private static final Pattern ORDINAL = Pattern.compile("第(\\d+)");

  private Normalizer() {}

  /**
   * Normalizes a query; {@link AddressException} for text that is empty, longer than {@code
   * maxLength} characters, or holds control characters or undecodable bytes.
   */
  public static NormalizedAddress normalize(String raw, int maxLength) {
    check(raw, maxLength);
    List<String> removed = new ArrayList<>();
    String s = fold(raw, true);
    s = stripContacts(s, removed);
    s = stripCountry(s.strip());
    String landmark = "";
    String trimmed = trimEnd(s);
    for (String l : LANDMARKS) {
      if (trimmed.endsWith(l) && trimmed.length() > l.length()) {
        landmark = l;
        s = trimmed.substring(0, trimmed.length() - l.length());
        break;
      }
    }
    s = s.replace(" ", "").replace("(", "").replace(")", "");
    s = canonical(s);
    return new NormalizedAddress(s, !landmark.isEmpty(), landmark, removed);
  }

  /** The normalized form of a name in the registry or the gazetteer (no stripping of contacts). */
  public static String name(String name) {
    String s = fold(name, false).replace(" ", "").replace("(", "").replace(")", "");
    return canonical(s);
  }

  /** Rejects what no address can be, with a stable code. */
  public static void check(String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      throw new AddressException("EMPTY_ADDRESS", "the address text is empty", Map.of());
    }
    if (raw.length() > maxLength) {
      throw new AddressException(
          "ADDRESS_TOO_LONG",
          "the address text has "
              + raw.length()
              + " characters; at most "
              + maxLength
              + " are accepted",
          Map.of("length", raw.length(), "max", maxLength));
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      boolean undecodable =
          c == '\uFFFD'
              || (Character.isHighSurrogate(c)
                  && (i + 1 == raw.length() || !Character.isLowSurrogate(raw.charAt(i + 1))))
              || (Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(raw.charAt(i - 1))));
      if (control || undecodable) {
        throw new AddressException(
            "INVALID_ADDRESS_CHARACTERS",
            String.format(
                "the address text holds a %s (U+%04X) at position %d: send plain text",
                control ? "control character" : "character that is not valid text", (int) c, i),
            Map.of("position", i, "codePoint", String.format("U+%04X", (int) c)));
      }
    }
  }

  /** Folds characters; punctuation becomes a space, except ( ) - # that later steps read. */
  static String fold(String raw, boolean keepSpaces) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = CharMap.fold(raw.charAt(i));
      switch (c) {
        case '【', '[', '{', '〔', '（' -> sb.append('(');
        case '】', ']', '}', '〕', '）' -> sb.append(')');
        case '－', '—', '–', '―', '~', '～', '‐' -> sb.append('-');
        case '#', '(', ')', '-', ':' -> sb.append(c);
        default -> {
          if (Character.isLetterOrDigit(c)) {
            sb.append(c);
          } else if (keepSpaces) {
            sb.append(' ');
          }
        }
      }
    }
    return keepSpaces ? sb.toString() : sb.toString().replace(":", "");
  }

  private static String stripContacts(String s, List<String> removed) {
    boolean paren = s.indexOf('(') >= 0;
    boolean named = s.indexOf('人') >= 0 || s.indexOf('户') >= 0;
    if (!paren && !named && !hasDigits(s, 7)) {
      return s.replace(":", " ");
    }
    Matcher note = CONTACT_NOTE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (note.find()) {
      removed.add(note.group(1).strip());
      note.appendReplacement(sb, " ");
    }
    note.appendTail(sb);
    s = sb.toString();
    Matcher person = CONTACT_PERSON.matcher(s);
    sb = new StringBuilder();
    while (person.find()) {
      removed.add(person.group().strip());
      person.appendReplacement(sb, " ");
    }
    person.appendTail(sb);
    s = sb.toString();
    Matcher phone = PHONE.matcher(s);
    while (phone.find()) {
      removed.add(phone.group(1));
      String before = s.substring(0, phone.start()).stripTrailing();
      String after = s.substring(phone.end()).stripLeading();
      // A person's name standing next to the phone number, as its own token.
      int cut = before.lastIndexOf(' ') + 1;
      String prev = before.substring(cut);
      if (cut > 0 || after.length() > 0) {
        if (isPersonName(prev)) {
          removed.add(prev);
          before = before.substring(0, cut);
        }
      }
      int end = after.indexOf(' ');
      String next = end < 0 ? after : after.substring(0, end);
      if (isPersonName(next) && before.length() > 0) {
        removed.add(next);
        after = after.substring(next.length());
      }
      s = before + " " + after;
      phone = PHONE.matcher(s);
    }
    return s.replace(":", " ");
  }

  private static boolean hasDigits(String s, int run) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n = Character.isDigit(s.charAt(i)) ? n + 1 : 0;
      if (n >= run) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersonName(String token) {
    if (!NAME_TOKEN.matcher(token).matches()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (ADDRESS_CHARS.indexOf(token.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String stripCountry(String s) {
    for (String p : new String[] {"中华人民共和国", "中国"}) {
      if (s.startsWith(p)) {
        return s.substring(p.length());
      }
    }
    return s;
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ')')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Numerals, 附号 and suffix variants on a text without spaces. */
  static String canonical(String s) {
    s = numerals(s);
    if (s.indexOf('-') >= 0) {
      s = SHORTHAND.matcher(s).replaceAll("$1栋$2单元$3室");
      s = SUB_HYPHEN.matcher(s).replaceAll("$1号附$2");
    }
    if (s.indexOf('之') >= 0) {
      s = SUB_ZHI_AFTER.matcher(s).replaceAll("$1号附$2");
      s = SUB_ZHI_BEFORE.matcher(s).replaceAll("$1号附$2");
    }
    if (any(s, "甲乙丙丁")) {
      s = SUB_STEM_BEFORE.matcher(s).replaceAll("$1号附$2");
      s = SUB_STEM_AFTER.matcher(s).replaceAll("$1号附$2");
    }
    if (any(s, "楼#幢座")) {
      s = BUILDING.matcher(s).replaceAll("$1栋");
    }
    if (s.indexOf('门') >= 0) {
      s = UNIT.matcher(s).replaceAll("$1单元");
    }
    if (any(s, "房户")) {
      s = ROOM.matcher(s).replaceAll("$1室");
    }
    if (s.indexOf('楼') >= 0) {
      s = FLOOR.matcher(s).replaceAll("$1层");
    }
    if (s.indexOf('第') >= 0) {
      s = ORDINAL.matcher(s).replaceAll("$1");
    }
    return s.indexOf('-') >= 0 || s.indexOf('#') >= 0 ? s.replace("-", "").replace("#", "") : s;
  }

  private static boolean any(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Chinese numerals followed by an address suffix (or after 之, for 附号) become Arabic digits; other
   * numeral characters are part of names (三角大道, 五华县) and stay.
   */
  static String numerals(String s) {
    StringBuilder sb = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (!ChineseNumerals.isNumeralChar(c)) {
        if (sb != null) {
          sb.append(c);
        }
        i++;
        continue;
      }
      int j = i;
      while (j < n && ChineseNumerals.isNumeralChar(s.charAt(j))) {
        j++;
      }
      boolean suffix = j < n && NUMERAL_SUFFIXES.indexOf(s.charAt(j)) >= 0;
      boolean sub = i > 0 && s.charAt(i - 1) == '之' && (j == n || !isHan(s.charAt(j)));
      String run = s.substring(i, j);
      OptionalInt v =
          (suffix || sub) && !run.equals("两") ? ChineseNumerals.parse(run) : OptionalInt.empty();
      if (v.isPresent()) {
        if (sb == null) {
          sb = new StringBuilder(n).append(s, 0, i);
        }
        sb.append(v.getAsInt());
      } else if (sb != null) {
        sb.append(run);
      }
      i = j;
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fa5';
  }
}
