package cn.onemap.loaders.schema;

import cn.onemap.core.catalog.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns source column names into attribute identifiers ({@code [a-z][a-z0-9_]{0,47}}), keeping the
 * original (often Chinese) name as the attribute's label. ASCII names are lower-cased with other
 * characters turned into '_'; Chinese names are looked up in a small dictionary of words bureau
 * files use (名称 → name, 管径 → diameter …), ignoring a unit in brackets; anything else becomes {@code
 * field_<column number>}. Clashes with the store's system columns get a {@code _src} suffix;
 * duplicates get {@code _2}, {@code _3} ….
 */
public final class FieldNames {
  private static final Map<String, String> DICTIONARY =
      Map.ofEntries(
          Map.entry("名称", "name"),
          Map.entry("名字", "name"),
          Map.entry("编号", "code"),
          Map.entry("编码", "code"),
          Map.entry("代码", "code"),
          Map.entry("标识码", "ident"),
          Map.entry("类型", "type"),
          Map.entry("类别", "category"),
          Map.entry("地址", "address"),
          Map.entry("备注", "remark"),
          Map.entry("说明", "remark"),
          Map.entry("面积", "area"),
          Map.entry("长度", "length"),
          Map.entry("高程", "elevation"),
          Map.entry("材质", "material"),
          Map.entry("管径", "diameter"),
          Map.entry("口径", "diameter"),
          Map.entry("埋深", "depth"),
          Map.entry("日期", "date"),
          Map.entry("时间", "time"),
          Map.entry("状态", "status"),
          Map.entry("权属单位", "owner"),
          Map.entry("管理单位", "dept"),
          Map.entry("所属单位", "dept"),
          Map.entry("行政区", "district"),
          Map.entry("区县", "district"),
          Map.entry("乡镇", "town"),
          Map.entry("街道", "street"),
          Map.entry("社区", "community"),
          Map.entry("村", "village"),
          Map.entry("电话", "phone"),
          Map.entry("数量", "quantity"),
          Map.entry("人口", "population"),
          Map.entry("建设年代", "built_year"),
          Map.entry("埋设日期", "laid_date"));

  private FieldNames() {}

  /** Identifiers for the columns, in order, unique among themselves. */
  public static List<String> sanitise(List<String> originals) {
    List<String> result = new ArrayList<>(originals.size());
    Set<String> used = new HashSet<>();
    // Where each base's suffix search resumes: a header repeating one name n times costs O(n),
    // not O(n²) (10^6 columns named alike pinned a core).
    Map<String, Integer> nextSuffix = new HashMap<>();
    for (int i = 0; i < originals.size(); i++) {
      String base = sanitiseOne(originals.get(i), i + 1);
      String name = base;
      int k = nextSuffix.getOrDefault(base, 2);
      while (!used.add(name)) {
        String suffix = "_" + k++;
        name = base.substring(0, Math.min(base.length(), 48 - suffix.length())) + suffix;
      }
      nextSuffix.put(base, k);
      result.add(name);
    }
    return result;
  }

  /** The identifier for one column; {@code column} is its 1-based position, for the fallback. */
  public static String sanitiseOne(String original, int column) {
    String s = original.strip();
    String dict = DICTIONARY.get(stripUnit(s));
    if (dict != null) {
      return dict;
    }
    StringBuilder b = new StringBuilder();
    boolean nonAscii = false;
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c < 128) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
          b.append('_');
        }
      } else {
        nonAscii = true;
      }
    }
    String id = b.toString().replaceAll("_+$", "");
    if (nonAscii || id.isEmpty()) {
      return "field_" + column; // a transliteration would guess; the label keeps the real name
    }
    if (!Character.isLetter(id.charAt(0))) {
      id = "f_" + id;
    }
    if (id.length() > 48) {
      id = id.substring(0, 48).replaceAll("_+$", "");
    }
    if (Identifiers.SYSTEM_COLUMNS.contains(id)) {
      id = id + "_src";
    }
    return id;
  }

  /** "管径(mm)" → "管径", "面积（平方米）" → "面积". */
  private static String stripUnit(String s) {
    int cut = s.length();
    for (String open : new String[] {"(", "（", "["}) {
      int i = s.indexOf(open);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return s.substring(0, cut).strip();
  }
}
