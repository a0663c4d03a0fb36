package cn.onemap.sample.parts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Owning departments of each part class (code, name); the codes are the sample city's own. */
public final class Departments {
  private Departments() {}

  /** Every department of the sample city: code → Chinese name, in part-class order. */
  public static Map<String, String> all() {
    Map<String, String> names = new LinkedHashMap<>();
    for (PartClass cls : PartClass.values()) {
      String[] dept = of(cls);
      names.putIfAbsent(dept[0], dept[1]);
    }
    return Collections.unmodifiableMap(names);
  }

  static String[] of(PartClass cls) {
    return switch (cls) {
      case WATER_COVER, HYDRANT -> new String[] {"SW01", "梅州市供水有限公司"};
      case SEWAGE_COVER, STORM_COVER, STORM_GRATE -> new String[] {"PS01", "梅州市城市排水管理处"};
      case POWER_COVER -> new String[] {"GD01", "广东电网梅州供电局"};
      case TELECOM_COVER -> new String[] {"DX01", "中国电信梅州分公司"};
      case GAS_COVER -> new String[] {"RQ01", "梅州市燃气有限公司"};
      case STREET_LAMP -> new String[] {"CG02", "梅州市城市管理和综合执法局路灯管理所"};
      case BUS_STOP -> new String[] {"JT01", "梅州市交通运输局"};
      case TRAFFIC_SIGN, PARKING_BAY -> new String[] {"GA01", "梅州市公安局交通警察支队"};
      case LITTER_BIN -> new String[] {"HW01", "梅州市环境卫生管理处"};
      case STREET_TREE -> new String[] {"YL01", "梅州市园林绿化管理处"};
    };
  }
}
