package cn.onemap.sample.bureau;

import cn.onemap.sample.address.StdAddress;
import cn.onemap.sample.geo.Rng;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a standard address the way a clerk might: see {@link Corruption} for the ways. */
final class Corruptor {
  private static final String TRAD_FROM = "广东区县镇号栋单园华龙门阳兴乐凤岭桥长发丰庆宁庄应层户丽锦绣进红卫农场岗汇体书学乡边湾宝贵怡鸿苑馆";
  private static final String TRAD_TO = "廣東區縣鎮號棟單園華龍門陽興樂鳳嶺橋長發豐慶寧莊應層戶麗錦繡進紅衛農場崗匯體書學鄉邊灣寶貴怡鴻苑館";
  private static final Map<Character, Character> TYPOS =
      Map.ofEntries(
          Map.entry('彬', '斌'),
          Map.entry('芳', '方'),
          Map.entry('江', '疆'),
          Map.entry('金', '今'),
          Map.entry('山', '三'),
          Map.entry('凌', '陵'),
          Map.entry('风', '峰'),
          Map.entry('嘉', '家'),
          Map.entry('应', '英'),
          Map.entry('华', '化'),
          Map.entry('新', '心'),
          Map.entry('中', '忠'),
          Map.entry('梅', '眉'),
          Map.entry('园', '圆'),
          Map.entry('东', '冬'),
          Map.entry('南', '男'),
          Map.entry('西', '溪'),
          Map.entry('龙', '隆'),
          Map.entry('丰', '峰'),
          Map.entry('福', '富'),
          Map.entry('兴', '星'),
          Map.entry('安', '按'),
          Map.entry('平', '萍'),
          Map.entry('文', '闻'),
          Map.entry('和', '合'),
          Map.entry('康', '慷'),
          Map.entry('德', '得'),
          Map.entry('道', '到'));
  private static final String[] SURNAMES = {
    "张", "李", "王", "陈", "刘", "黄", "叶", "钟", "罗", "曾", "古", "邱"
  };
  private static final String[] GIVEN = {"伟", "秀英", "建华", "志强", "丽娟", "国平", "小红", "振兴", "美玲", "文军"};

  private Corruptor() {}

  /** A person's name for the record's other columns. */
  static String name(Rng rng) {
    return rng.pick(SURNAMES) + rng.pick(GIVEN);
  }

  static String phone(Rng rng) {
    return rng.chance(0.8)
        ? "1"
            + rng.pick(new String[] {"38", "39", "58", "59", "88", "37"})
            + String.format("%08d", rng.nextInt(100_000_000))
        : "0753-" + (2000000 + rng.nextInt(8_000_000));
  }

  /**
   * The text of a standard address after the given corruptions; {@code oldName} is the street's
   * former name when it has one.
   */
  static String apply(StdAddress a, Set<Corruption> kinds, Optional<String> oldName, Rng rng) {
    String street =
        kinds.contains(Corruption.OLD_STREET_NAME) ? oldName.orElse(a.street()) : a.street();
    if (kinds.contains(Corruption.TYPO)) {
      street = typo(street, rng);
    }
    String door =
        kinds.contains(Corruption.CHINESE_NUMERALS)
            ? chinese(a.doorNo())
            : String.valueOf(a.doorNo());
    String suffix =
        kinds.contains(Corruption.SUFFIX_VARIANT) ? rng.pick(new String[] {"幢", "座", "号楼"}) : "栋";
    StringBuilder fine = new StringBuilder();
    a.compound().ifPresent(fine::append);
    if (a.building() > 0) {
      fine.append(
              kinds.contains(Corruption.CHINESE_NUMERALS) ? chinese(a.building()) : a.building())
          .append(suffix);
    }
    if (a.unit() > 0) {
      fine.append(a.unit()).append("单元");
    }
    if (a.room() > 0) {
      fine.append(a.room()).append(rng.chance(0.5) ? "室" : "房");
    }
    String[] admin = {StdAddress.PROVINCE, StdAddress.CITY, a.county(), a.town(), a.community()};
    if (kinds.contains(Corruption.MISSING_LEVELS)) {
      int keepFrom = rng.intBetween(2, 5);
      for (int k = 0; k < admin.length; k++) {
        if (k < keepFrom || (k == 4 && rng.chance(0.6))) {
          admin[k] = "";
        }
      }
    }
    String streetPart = street + door + "号";
    String text;
    if (kinds.contains(Corruption.LANDMARK)) {
      String mark = a.compound().orElse(streetPart);
      text =
          String.join("", admin)
              + (a.compound().isPresent() ? street : "")
              + mark
              + rng.pick(new String[] {"旁", "对面", "附近", "斜对面"});
    } else if (kinds.contains(Corruption.WRONG_ORDER)) {
      text =
          fine.length() > 0
              ? admin[0] + admin[1] + admin[2] + admin[3] + admin[4] + fine + streetPart
              : admin[0] + admin[1] + admin[2] + streetPart + admin[3] + admin[4];
    } else {
      text = String.join("", admin) + streetPart + fine;
    }
    if (kinds.contains(Corruption.FULL_WIDTH_DIGITS)) {
      text = fullWidth(text);
    }
    if (kinds.contains(Corruption.TRADITIONAL)) {
      text = traditional(text);
    }
    if (kinds.contains(Corruption.NAME_AND_PHONE)) {
      text =
          rng.chance(0.5)
              ? name(rng) + " " + phone(rng) + " " + text
              : text + "（" + name(rng) + "收，电话" + phone(rng) + "）";
    }
    return text;
  }

  static String typo(String s, Rng rng) {
    int start = rng.nextInt(Math.max(1, s.length()));
    for (int k = 0; k < s.length(); k++) {
      int at = (start + k) % s.length();
      Character to = TYPOS.get(s.charAt(at));
      if (to != null) {
        return s.substring(0, at) + to + s.substring(at + 1);
      }
    }
    return s.length() > 2 ? s.substring(0, 1) + "之" + s.substring(2) : s;
  }

  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
    }
    return sb.toString();
  }

  static String traditional(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int i = TRAD_FROM.indexOf(c);
      sb.append(i >= 0 ? TRAD_TO.charAt(i) : c);
    }
    return sb.toString();
  }

  /** 1–9999 in Chinese numerals: 123 → 一百二十三, 1202 → 一千二百零二. */
  static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    String[] units = {"", "十", "百", "千"};
    String s = String.valueOf(n);
    StringBuilder sb = new StringBuilder();
    boolean zero = false;
    for (int k = 0; k < s.length(); k++) {
      int d = s.charAt(k) - '0';
      int unit = s.length() - 1 - k;
      if (d == 0) {
        zero = true;
        continue;
      }
      if (zero && sb.length() > 0) {
        sb.append('零');
      }
      zero = false;
      if (!(d == 1 && unit == 1 && sb.length() == 0)) {
        sb.append(digits.charAt(d));
      }
      sb.append(units[unit]);
    }
    return sb.toString();
  }

  static Set<Corruption> none() {
    return EnumSet.noneOf(Corruption.class);
  }
}
