package cn.onemap.address.match;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.address.gazetteer.ShortForms;
import cn.onemap.address.parse.ParsedAddress;
import cn.onemap.address.parse.Ref;
import cn.onemap.address.parse.Token;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The admin units a query names (exact names only): provinces and cities, the county (chosen among
 * same-named counties of the country by the province or city named with it, else the home city's,
 * else the first; a short form such as 昆山 only when backed so, or when it names one county of the
 * country and is no everyday word; then it is weak and does not make the query foreign), towns and
 * communities.
 *
 * @param provinces province codes named
 * @param cities city codes named
 * @param county the county named, or empty
 * @param countyStrong the county is certain: in the home city, unique, or backed by its city or
 *     province
 * @param countyFormer it was named by a former name (梅县 for 梅县区)
 * @param countyText how it was written
 * @param towns town codes named
 * @param communities community codes named
 * @param foreign a province, city or county outside the home city was named
 */
record AdminContext(
    Set<String> provinces,
    Set<String> cities,
    String county,
    boolean countyStrong,
    boolean countyFormer,
    String countyText,
    Set<String> towns,
    Set<String> communities,
    boolean foreign) {

  static AdminContext of(ParsedAddress p, String homeCity, Divisions divisions) {
    Set<String> provinces = new LinkedHashSet<>();
    Set<String> cities = new LinkedHashSet<>();
    Set<String> abbreviated = new LinkedHashSet<>(); // foreign codes named by a short form
    Set<String> fullNames = new LinkedHashSet<>();
    Set<String> towns = new LinkedHashSet<>();
    Set<String> communities = new LinkedHashSet<>();
    for (Token t : p.tokens()) {
      if (t.fuzzy()) {
        continue;
      }
      for (Ref r : t.refs()) {
        switch (r.kind()) {
          case PROVINCE -> {
            provinces.add(r.code());
            if (!r.abbreviated()) {
              fullNames.add(r.code());
            }
            if (r.abbreviated() && !homeCity.startsWith(r.code())) {
              abbreviated.add(r.code());
            }
          }
          case CITY -> {
            cities.add(r.code());
            if (!r.abbreviated()) {
              fullNames.add(r.code());
            }
            if (r.abbreviated() && !r.code().equals(homeCity)) {
              abbreviated.add(r.code());
            }
          }
          case TOWN -> towns.add(r.code());
          case COMMUNITY -> communities.add(r.code());
          default -> {}
        }
      }
    }
    // A municipality's name is both a province and its city: keep the city only when it is named
    // as such (same code prefix), which it always is.
    String county = "";
    boolean strong = false;
    boolean former = false;
    String text = "";
    int bestSupport = -1;
    boolean countyAlone = false;
    for (Token t : p.tokens()) {
      if (t.fuzzy()) {
        continue;
      }
      long sameName = t.refs().stream().filter(r -> r.kind() == Ref.Kind.COUNTY).count();
      for (Ref r : t.refs()) {
        if (r.kind() != Ref.Kind.COUNTY) {
          continue;
        }
        // Backing comes from another name (兰州 in 兰州路 is not backed by 兰州 the city).
        int support = 0;
        if (cities.contains(r.code().substring(0, 4)) && !names(t, r.code().substring(0, 4))) {
          support += 4;
        }
        if (provinces.contains(r.code().substring(0, 2)) && !names(t, r.code().substring(0, 2))) {
          support += 2;
        }
        if (r.code().startsWith(homeCity)) {
          support += 1;
        }
        boolean alone = false;
        if (support == 0 && fullNames.stream().anyMatch(c -> !r.code().startsWith(c))) {
          continue; // 广东省清远新城区: not 呼和浩特's 新城区
        }
        if (support == 0 && r.abbreviated()) {
          // A short form without its city or province (昆山, 顺德): only when it names one county
          // of the country, is no everyday word, does not begin a street name (光明路) and what
          // follows reads as an address of it (see standsAlone).
          if (sameName > 1
              || ShortForms.isCommonWord(t.text())
              || beginsStreetName(p.normalized().text(), t.end())
              || !standsAlone(p.normalized().text(), t, r.code(), divisions)) {
            continue;
          }
          alone = true;
        } else if (support == 0 && t.text().length() <= 2) {
          continue; // 东区, 城区 …: too short to mean a county elsewhere on its own
        }
        // Backed names first; at equal backing the full name before a short form.
        int rank = support * 2 + (r.abbreviated() ? 0 : 1);
        if (rank > bestSupport) {
          bestSupport = rank;
          county = r.code();
          strong = !alone && (support > 0 || sameName == 1 && t.text().length() >= 3);
          former = r.former();
          text = t.text();
          countyAlone = alone;
        }
      }
    }
    if (county.isEmpty()) {
      for (String town : towns) {
        county = town.substring(0, 6);
        strong = false;
        break;
      }
    }
    // A foreign place named only by a short form (金华, 泰安 …) is as likely part of a street name:
    // it counts only when a finer unit named lies inside it.
    String finer = county;
    for (String code : abbreviated) {
      boolean backed =
          (!finer.isEmpty() && finer.startsWith(code))
              || cities.stream().anyMatch(c -> c.length() > code.length() && c.startsWith(code));
      if (!backed && !fullNames.contains(code)) {
        provinces.remove(code);
        cities.remove(code);
      }
    }
    boolean foreign =
        provinces.stream().anyMatch(c -> !homeCity.startsWith(c))
            || cities.stream().anyMatch(c -> !c.equals(homeCity))
            || (!county.isEmpty() && !county.startsWith(homeCity) && !countyAlone);
    return new AdminContext(
        provinces, cities, county, strong, former, text, towns, communities, foreign);
  }

  /** Characters after a name that make it the start of a street or village name, not a county. */
  private static final String STREET_SUFFIXES = "路街道巷弄村里桥";

  /** The token itself names this province or city (same characters, another kind). */
  private static boolean names(Token t, String code) {
    return t.refs().stream().anyMatch(x -> x.kind() != Ref.Kind.COUNTY && x.code().equals(code));
  }

  /**
   * What follows a short form standing alone makes it a county (not the start of another word, as
   * 松山 in 松山湖, 嘉陵 in 嘉陵江): the text ends there; a county suffix follows (上虞市 for 上虞区); a
   * development zone (昆山经济开发区); one of its towns is named after it (顺德大良, 昆山花桥); or it has three
   * characters or more (石景山, 科尔沁).
   */
  private static boolean standsAlone(String text, Token t, String county, Divisions divisions) {
    String rest = text.substring(t.end());
    if (rest.isEmpty() || t.text().length() >= 3 || "县市区旗".indexOf(rest.charAt(0)) >= 0) {
      return true;
    }
    if (rest.startsWith("经济") || rest.startsWith("开发") || rest.startsWith("高新")) {
      return true;
    }
    for (Division town : divisions.children(county)) {
      String stem = town.name().replaceFirst("(街道办事处|街道|办事处|镇|乡)$", "");
      if (stem.length() >= 2 && rest.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean beginsStreetName(String text, int end) {
    return end < text.length() && STREET_SUFFIXES.indexOf(text.charAt(end)) >= 0;
  }
}
