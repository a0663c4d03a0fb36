package cn.onemap.address.match;

import cn.onemap.address.parse.ParsedAddress;
import cn.onemap.address.parse.Ref;
import cn.onemap.address.parse.Token;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The admin units a query names (exact names only): provinces and cities, the county (chosen among
 * same-named counties of the country by the province or city named with it, else the home city's,
 * else the first), towns and communities.
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

  static AdminContext of(ParsedAddress p, String homeCity) {
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
    for (Token t : p.tokens()) {
      if (t.fuzzy()) {
        continue;
      }
      long sameName = t.refs().stream().filter(r -> r.kind() == Ref.Kind.COUNTY).count();
      for (Ref r : t.refs()) {
        if (r.kind() != Ref.Kind.COUNTY) {
          continue;
        }
        int support = 0;
        if (cities.contains(r.code().substring(0, 4))) {
          support += 4;
        }
        if (provinces.contains(r.code().substring(0, 2))) {
          support += 2;
        }
        if (r.code().startsWith(homeCity)) {
          support += 1;
        }
        if (support == 0 && t.text().length() <= 2) {
          continue; // 东区, 城区 …: too short to mean a county elsewhere on its own
        }
        if (support > bestSupport) {
          bestSupport = support;
          county = r.code();
          strong = support > 0 || sameName == 1 && t.text().length() >= 3;
          former = r.former();
          text = t.text();
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
            || (!county.isEmpty() && !county.startsWith(homeCity));
    return new AdminContext(
        provinces, cities, county, strong, former, text, towns, communities, foreign);
  }
}
