package cn.onemap.sample.roads;

import cn.onemap.sample.geo.Rng;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plausible Meizhou street names. Arterials and secondaries draw from names that exist in the city
 * (彬芳大道, 江南路, 东山大道 …) though not where the real ones run; branches combine common place-name
 * characters; alleys are numbered after the street they leave (凌风路三巷). Every name is handed out
 * once.
 */
final class StreetNames {
  private static final String[] ARTERIAL_STEMS = {
    "彬芳", "梅州", "东山", "剑英", "嘉应", "华南", "金燕", "程江", "宪梓", "客都", "环市", "广梅", "芹洋", "梅龙", "梅江", "月梅",
    "梅新", "三角", "城北", "扶大"
  };
  private static final String[] SECONDARY_STEMS = {
    "江南", "新中", "元城", "仲元", "沿江", "梅水", "丽都", "凌风", "文保", "学苑", "梅石", "公园",
    "百花", "五洲", "金山", "黄塘", "梅华", "华侨", "锭子", "富奇", "东较场", "小密", "周溪", "梅园",
    "江北", "金利", "鸿都", "白宫", "上市", "下市", "油岩", "攀桂", "泮坑", "新岸", "黄坑", "龙丰"
  };
  private static final String FIRST = "文华金富百东月凌秀新丽芹泮龙芙桂湖锦安福和友育兴光明德仁乐康泰平昌盛荣嘉祥瑞永";
  private static final String SECOND = "华兴安康平和顺丰盛福宁德善贤源泉林桥塘岗坪岭园湖堂";
  static final String[] BRIDGES = {
    "梅江大桥", "东山大桥", "梅州大桥", "嘉应大桥", "江北大桥", "客都大桥", "剑英大桥", "华侨大桥", "梅县大桥", "程江大桥", "月梅大桥", "三角大桥"
  };
  private static final String CN_DIGITS = "零一二三四五六七八九十";

  private final Set<String> used = new LinkedHashSet<>();
  private final List<String> branchStems = new ArrayList<>();
  private int arterial;
  private int secondary;
  private int branch;
  private int bridge;

  StreetNames(long seed) {
    var all = new ArrayList<String>();
    for (int a = 0; a < FIRST.length(); a++) {
      for (int b = 0; b < SECOND.length(); b++) {
        if (FIRST.charAt(a) != SECOND.charAt(b)) {
          all.add("" + FIRST.charAt(a) + SECOND.charAt(b));
        }
      }
    }
    Rng rng = Rng.of(seed, "street-names");
    for (int k = all.size() - 1; k > 0; k--) {
      int r = rng.nextInt(k + 1);
      String t = all.get(k);
      all.set(k, all.get(r));
      all.set(r, t);
    }
    branchStems.addAll(all);
  }

  /** A new stem for a whole lattice line of this grade. */
  String stem(Grade grade) {
    String s =
        switch (grade) {
          case ARTERIAL -> arterial < ARTERIAL_STEMS.length ? ARTERIAL_STEMS[arterial++] : null;
          case SECONDARY ->
              secondary < SECONDARY_STEMS.length ? SECONDARY_STEMS[secondary++] : null;
          default -> null;
        };
    if (s == null || used.contains(s)) {
      do {
        s =
            branchStems.get(branch++ % branchStems.size())
                + (branch > branchStems.size() ? "新" : "");
      } while (used.contains(s));
    }
    used.add(s);
    return s;
  }

  /**
   * The name of run {@code k} of {@code runs} on a line: one run is "{stem}大道/路/街", several are
   * told apart by direction (西/中/东 or 南/中/北) or, beyond three, by number (江南一路 …).
   */
  static String name(String stem, Grade grade, boolean eastWest, int k, int runs) {
    String suffix =
        switch (grade) {
          case ARTERIAL -> "大道";
          case SECONDARY -> "路";
          default -> (stem.hashCode() & 1) == 0 ? "路" : "街";
        };
    if (runs == 1) {
      return stem + suffix;
    }
    if (runs <= 3) {
      String[] dirs = eastWest ? new String[] {"西", "中", "东"} : new String[] {"南", "中", "北"};
      String dir = runs == 2 ? dirs[k == 0 ? 0 : 2] : dirs[k];
      return grade == Grade.ARTERIAL ? stem + suffix + dir + "段" : stem + dir + suffix;
    }
    throw new IllegalArgumentException("at most 3 runs share a stem, got " + runs);
  }

  String bridge() {
    String b =
        bridge < BRIDGES.length
            ? BRIDGES[bridge]
            : "梅江" + number(bridge - BRIDGES.length + 2) + "桥";
    bridge++;
    return b;
  }

  /** Chinese numeral for 1–99 (一, 十二, 二十三). */
  static String number(int n) {
    if (n < 10) {
      return String.valueOf(CN_DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(CN_DIGITS.charAt(n / 10));
    return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10)));
  }
}
