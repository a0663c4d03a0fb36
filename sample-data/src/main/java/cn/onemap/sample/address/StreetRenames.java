package cn.onemap.sample.address;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.roads.Grade;
import cn.onemap.sample.roads.Street;
import java.util.ArrayList;
import java.util.List;

/**
 * Streets that were renamed (地名更名): every 23rd named street (not bridges or alleys) had a former
 * name from the common names of the 1960s–70s (红旗路, 东风路 …). The address-street layer is loaded with
 * the former name and then updated to the current one with a reason, so the store's version history
 * keeps the old name (as place-name practice requires: renamed streets must still resolve).
 */
public final class StreetRenames {
  private static final String[] FORMER = {
    "红旗路", "东风路", "胜利路", "解放路", "人民路", "建设路", "前进路", "红星路", "向阳路", "工农路",
    "跃进路", "卫东路", "永红路", "立新路", "红卫路", "东方红路", "文化路", "新华路", "和平路", "光明路"
  };

  /** One rename: the street's code, its former and current names. */
  public record Rename(String streetCode, String oldName, String newName) {
    public String reason() {
      return "地名规范化更名：" + oldName + "更名为" + newName;
    }
  }

  private StreetRenames() {}

  public static List<Rename> of(CityModel city) {
    var out = new ArrayList<Rename>();
    int k = 0;
    for (Street st : city.roads().streets()) {
      if (st.bridge() || st.grade() == Grade.ALLEY || st.index() % 23 != 5) {
        continue;
      }
      String base = FORMER[k % FORMER.length];
      String old =
          k < FORMER.length
              ? base
              : base.replace("路", StreetNamesNumbers.of(k / FORMER.length + 1) + "路");
      out.add(new Rename(st.code(), old, st.name()));
      k++;
    }
    return out;
  }

  /** Chinese numerals for the rare second use of a former name (红旗二路). */
  private static final class StreetNamesNumbers {
    static String of(int n) {
      return String.valueOf("零一二三四五六七八九十".charAt(Math.min(n, 10)));
    }
  }
}
