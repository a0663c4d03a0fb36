package cn.onemap.sample.parts;

/**
 * City part classes (管理部件, GB/T 30428.2) that the generator places. Major classes 01–06 and the
 * minor classes 0101–0105 are as STANDARDS.md confirms; every other minor code here is *unverified*
 * (our best reading of published lists) and lives only in this enum, so correcting one is a
 * one-line change.
 */
public enum PartClass {
  WATER_COVER("01", "01", "上水井盖", "铸铁", "圆形", true),
  SEWAGE_COVER("01", "02", "污水井盖", "铸铁", "圆形", true),
  STORM_COVER("01", "03", "雨水井盖", "铸铁", "圆形", true),
  STORM_GRATE("01", "04", "雨水箅子", "球墨铸铁", "方形", true),
  POWER_COVER("01", "05", "电力井盖", "复合材料", "方形", true),
  TELECOM_COVER("01", "07", "通讯井盖", "复合材料", "方形", false),
  GAS_COVER("01", "11", "燃气井盖", "铸铁", "圆形", false),
  HYDRANT("01", "16", "消防栓", "铸铁", "柱形", false),
  STREET_LAMP("01", "19", "路灯", "钢", "柱形", false),
  BUS_STOP("02", "01", "公交站亭", "不锈钢", "亭式", false),
  TRAFFIC_SIGN("02", "04", "交通标志牌", "铝合金", "方形", false),
  PARKING_BAY("02", "16", "路边停车泊位", "沥青", "矩形", false),
  LITTER_BIN("03", "03", "果皮箱", "不锈钢", "柱形", false),
  STREET_TREE("04", "02", "行道树", "", "", false);

  private static final String[] MAJOR_NAMES = {"", "公用设施", "道路交通", "市容环境", "园林绿化", "房屋土地", "其他设施"};

  private final String major;
  private final String minor;
  private final String label;
  private final String material;
  private final String shape;
  private final boolean verified;

  PartClass(
      String major, String minor, String label, String material, String shape, boolean verified) {
    this.major = major;
    this.minor = minor;
    this.label = label;
    this.material = material;
    this.shape = shape;
    this.verified = verified;
  }

  /** 2-digit major class, e.g. "01". */
  public String major() {
    return major;
  }

  public String majorName() {
    return MAJOR_NAMES[Integer.parseInt(major)];
  }

  /** 4-digit class code: major + minor, e.g. "0101". */
  public String code() {
    return major + minor;
  }

  /** Chinese name, e.g. "上水井盖". */
  public String label() {
    return label;
  }

  public String material() {
    return material;
  }

  public String shape() {
    return shape;
  }

  /** Whether the minor code is confirmed by the sources STANDARDS.md cites. */
  public boolean verified() {
    return verified;
  }
}
