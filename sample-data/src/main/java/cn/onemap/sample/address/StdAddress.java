package cn.onemap.sample.address;

import java.util.Optional;

/**
 * One standard address with its levels (GB/T 23705: 行政区域 + 街路巷 + 门牌 [+ 小区 + 楼栋 + 单元 + 户室]). Street
 * name takes priority over compound name, so a room reads 广东省梅州市梅江区金山街道凌东社区彬芳大道12号金利花园3栋2单元1202室.
 *
 * @param level 1 门牌 … 5 户室 (see {@link AddressPlan#LEVELS})
 */
public record StdAddress(
    String code,
    int level,
    double x,
    double y,
    String county,
    String town,
    String community,
    String street,
    String streetCode,
    int doorNo,
    Optional<String> compound,
    int building,
    int unit,
    int room,
    String parentCode,
    String bgid) {

  public static final String PROVINCE = "广东省";
  public static final String CITY = "梅州市";

  /** The full standard text. */
  public String text() {
    return PROVINCE + CITY + county + town + community + local();
  }

  /** From the street down: 彬芳大道12号金利花园3栋2单元1202室. */
  public String local() {
    StringBuilder sb = new StringBuilder(street).append(doorNo).append('号');
    compound.ifPresent(sb::append);
    if (building > 0) {
      sb.append(building).append('栋');
    }
    if (unit > 0) {
      sb.append(unit).append("单元");
    }
    if (room > 0) {
      sb.append(room).append('室');
    }
    return sb.toString();
  }
}
