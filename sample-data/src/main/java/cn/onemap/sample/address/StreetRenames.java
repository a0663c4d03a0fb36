package cn.onemap.sample.address;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.history.CityHistory;
import cn.onemap.sample.roads.Grade;
import cn.onemap.sample.roads.Street;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Streets that were renamed (地名更名): every 23rd named street (not bridges or alleys) had a former
 * name from the common names of the 1960s–70s (红旗路, 东风路 …) until its renaming in 2019. The
 * address-street and road layers are loaded with the former name and then updated to the current
 * one, valid from the renaming's day, with a reason, so the store's version history keeps the old
 * name (as place-name practice requires: renamed streets must still resolve).
 */
public final class StreetRenames {
  private static final String[] FORMER = {
    "红旗路", "东风路", "胜利路", "解放路", "人民路", "建设路", "前进路", "红星路", "向阳路", "工农路",
    "跃进路", "卫东路", "永红路", "立新路", "红卫路", "东方红路", "文化路", "新华路", "和平路", "光明路"
  };

  /**
   * One rename: the street's code, its former and current names and when the renaming took effect
   * (a day of {@value CityHistory#RENAME_YEAR}, 10:00 Beijing time).
   */
  public record Rename(String streetCode, String oldName, String newName, Instant validFrom) {
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
      // spread over the year, deterministic: the k-th rename on day 1 + 47k mod 360
      Instant at =
          LocalDate.of(CityHistory.RENAME_YEAR, 1, 1)
              .plusDays((47L * k) % 360)
              .atTime(10, 0)
              .toInstant(ZoneOffset.ofHours(8));
      out.add(new Rename(st.code(), old, st.name(), at));
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
