package cn.onemap.address.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Short forms of official admin names, by rule (not from a list of our own): a county-level unit
 * without its suffix (通许县 → 通许, 昆山市 → 昆山, 光明区 → 光明 so that 光明新区 finds it too), an autonomous county
 * or banner without 自治县/自治旗 and the ethnic names before it (孟连傣族拉祜族佤族自治县 → 孟连), a prefecture
 * without 自治州/地区/盟 and its ethnic names. Whether a short form may be believed without a parent
 * named with it is the caller's concern: see {@link #isCommonWord}.
 */
public final class ShortForms {
  /** The 55 ethnic minorities, as names of autonomous units write them (before 族). */
  static final List<String> ETHNIC_GROUPS =
      List.of(
          "壮", "满", "回", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "朝鲜", "白", "哈尼", "哈萨克",
          "黎", "傣", "畲", "傈僳", "仡佬", "东乡", "高山", "拉祜", "水", "佤", "纳西", "羌", "土", "仫佬", "锡伯", "柯尔克孜",
          "达斡尔", "景颇", "毛南", "撒拉", "布朗", "塔吉克", "阿昌", "普米", "鄂温克", "怒", "京", "基诺", "德昂", "保安",
          "俄罗斯", "裕固", "乌孜别克", "门巴", "鄂伦春", "独龙", "塔塔尔", "赫哲", "珞巴");

  private static final String[] COUNTY_SUFFIXES = {
    "自治县", "自治旗", "新区", "林区", "特区", "县", "市", "区", "旗"
  };
  private static final String[] PREFECTURE_SUFFIXES = {"自治州", "地区", "盟", "市"};

  /**
   * Stems that are also everyday words of addresses or shared by many places (朝阳, 城关, 开发 …): they
   * name a county only next to its city or province.
   */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "城关", "城中", "城东", "城西", "城南", "城北", "市中", "市南", "市北", "郊", "矿", "新城", "开发", "高新", "经济",
          "工业", "中心", "滨海", "港口", "朝阳", "和平", "新华", "人民", "解放", "中山", "长安", "白云", "青山", "南山", "东山",
          "西山", "北山", "江北", "江南", "河东", "河西", "桥东", "桥西", "东城", "西城", "南城", "北城", "鼓楼", "城阳", "新兴",
          "新市", "东区", "西区", "南区", "北区", "光明", "花园", "金山", "龙华", "城厢", "红旗", "向阳", "胜利", "建设", "前进",
          "团结", "东方", "长寿", "永安", "太平", "安宁", "宝山", "白沙", "铁山", "铁东", "铁西", "海港", "榆林", "清河", "天山",
          "普陀", "上城", "下城", "市辖");

  /**
   * The official one-character short forms of the provinces (京, 粤, 湘 …; 蜀/滇/黔/陇/秦 the second ones
   * of 川/云/贵/甘/陕), by province code.
   */
  private static final Map<Character, String> PROVINCE_LETTERS =
      Map.ofEntries(
          Map.entry('京', "11"), Map.entry('津', "12"),
          Map.entry('冀', "13"), Map.entry('晋', "14"),
          Map.entry('蒙', "15"), Map.entry('辽', "21"),
          Map.entry('吉', "22"), Map.entry('黑', "23"),
          Map.entry('沪', "31"), Map.entry('苏', "32"),
          Map.entry('浙', "33"), Map.entry('皖', "34"),
          Map.entry('闽', "35"), Map.entry('赣', "36"),
          Map.entry('鲁', "37"), Map.entry('豫', "41"),
          Map.entry('鄂', "42"), Map.entry('湘', "43"),
          Map.entry('粤', "44"), Map.entry('桂', "45"),
          Map.entry('琼', "46"), Map.entry('渝', "50"),
          Map.entry('川', "51"), Map.entry('蜀', "51"),
          Map.entry('贵', "52"), Map.entry('黔', "52"),
          Map.entry('云', "53"), Map.entry('滇', "53"),
          Map.entry('藏', "54"), Map.entry('陕', "61"),
          Map.entry('秦', "61"), Map.entry('甘', "62"),
          Map.entry('陇', "62"), Map.entry('青', "63"),
          Map.entry('宁', "64"), Map.entry('新', "65"));

  private ShortForms() {}

  /**
   * The province a one-character short form stands for (粤 → 44), if it is one. A single character
   * is part of countless names, so callers take it only before a name that lies in that province.
   */
  public static Optional<String> provinceLetter(char c) {
    return Optional.ofNullable(PROVINCE_LETTERS.get(c));
  }

  /** Short forms of a county-level name (none when what is left would be under two characters). */
  public static List<String> county(String name) {
    return forms(name, COUNTY_SUFFIXES);
  }

  /** Short forms of a prefecture-level name (黔南布依族苗族自治州 → 黔南, 大兴安岭地区 → 大兴安岭). */
  public static List<String> prefecture(String name) {
    return forms(name, PREFECTURE_SUFFIXES);
  }

  /** The stem is an everyday word or names many places: never a county on its own. */
  public static boolean isCommonWord(String stem) {
    return COMMON_WORDS.contains(stem);
  }

  private static List<String> forms(String name, String[] suffixes) {
    var out = new ArrayList<String>();
    for (String suffix : suffixes) {
      if (!name.endsWith(suffix)) {
        continue;
      }
      String stem = name.substring(0, name.length() - suffix.length());
      if (suffix.startsWith("自治")) {
        stem = withoutEthnicNames(stem);
      }
      if (stem.length() >= 2 && !stem.equals(name)) {
        out.add(stem);
      }
      break;
    }
    return out;
  }

  /** 孟连傣族拉祜族佤族 → 孟连: strips trailing "<ethnic group>族" as often as they appear. */
  static String withoutEthnicNames(String s) {
    boolean stripped = true;
    while (stripped && s.endsWith("族")) {
      stripped = false;
      for (String g : ETHNIC_GROUPS) {
        String tail = g + "族";
        if (s.endsWith(tail) && s.length() > tail.length()) {
          s = s.substring(0, s.length() - tail.length());
          stripped = true;
          break;
        }
      }
    }
    return s;
  }
}
