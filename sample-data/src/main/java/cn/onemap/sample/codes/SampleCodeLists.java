package cn.onemap.sample.codes;

import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import java.util.ArrayList;
import java.util.List;

/**
 * The code lists of the sample city, written out as data rather than derived from the generator's
 * enums, so that a test comparing generated values with them can fail. Codes and names follow
 * STANDARDS.md; what it marks *unverified* is marked so here too. Admins may replace any list
 * through the API (the catalog keeps the current one).
 */
public final class SampleCodeLists {
  public static final String PIPE_CATEGORY = "cjj61_pipe_category";
  public static final String PIPE_SUBCATEGORY = "cjj61_pipe_subcategory";
  public static final String PIPE_BURIAL = "cjj61_burial";
  public static final String PIPE_MATERIAL = "cjj61_pipe_material";
  public static final String PART_MAJOR = "gbt30428_part_major";
  public static final String PART_MINOR = "gbt30428_part_minor";
  public static final String CASE_CLASS = "cityman_case_class";
  public static final String CASE_CATEGORY = "cityman_case_category";
  public static final String CASE_STATUS = "cityman_case_status";
  public static final String LAND_USE = "gbt21010_land_use";
  public static final String ROAD_GRADE = "road_grade";

  private SampleCodeLists() {}

  /** Every list, in the order they are written. */
  public static List<CodeList> all() {
    return List.of(
        pipeCategories(),
        pipeSubcategories(),
        burialMethods(),
        pipeMaterials(),
        partMajorClasses(),
        partMinorClasses(),
        caseClasses(),
        caseCategories(),
        caseStatuses(),
        landUse(),
        roadGrades());
  }

  /** CJJ 61-2017 categories; RGB values are our reading of the named colours (as the renderer). */
  static CodeList pipeCategories() {
    return new CodeList(
        PIPE_CATEGORY,
        "管线大类",
        "CJJ 61-2017",
        List.of(
            new CodeEntry("JS", "给水", "#00FFFF"),
            new CodeEntry("PS", "排水", "#8B4513"),
            new CodeEntry("RQ", "燃气", "#FF00FF"),
            new CodeEntry("RL", "热力", "#FF8C00"),
            new CodeEntry("DL", "电力", "#FF0000"),
            new CodeEntry("TX", "通信", "#00B050"),
            new CodeEntry("GY", "工业", "#000000"),
            CodeEntry.of("QT", "其他")));
  }

  static CodeList pipeSubcategories() {
    String[][] rows = {
      {"JY", "原水"},
      {"SS", "输水"},
      {"ZS", "中水"},
      {"JP", "配水"},
      {"JZ", "直饮水"},
      {"XS", "消防水"},
      {"LS", "绿化水"},
      {"JH", "循环水"},
      {"YS", "雨水"},
      {"WS", "污水"},
      {"HS", "雨污合流"},
      {"MQ", "煤气"},
      {"YH", "液化气"},
      {"TR", "天然气"},
      {"RS", "热水"},
      {"ZQ", "蒸汽"},
      {"GD", "供电"},
      {"LD", "路灯"},
      {"XH", "交通信号"},
      {"DC", "电车"},
      {"GG", "广告"},
      {"DH", "电话"},
      {"DS", "有线电视"},
      {"XX", "信息网络"},
      {"GB", "广播"},
      {"ZH", "综合管沟"},
      {"BM", "不明管线"}
    };
    return list(PIPE_SUBCATEGORY, "管线小类", "CJJ 61-2017", rows);
  }

  /** The five methods STANDARDS.md confirms; the standard lists more. */
  static CodeList burialMethods() {
    String[][] rows = {{"ZM", "直埋"}, {"GM", "管埋"}, {"GK", "管块"}, {"GG", "沟道"}, {"JK", "井框"}};
    return list(PIPE_BURIAL, "埋设方式", "CJJ 61-2017", rows);
  }

  /** Materials as surveyors write them: the code is the name (CJJ 61 gives no material codes). */
  static CodeList pipeMaterials() {
    String[] names = {
      "铸铁", "球墨铸铁", "钢", "镀锌钢", "PE", "HDPE", "PVC", "UPVC", "PPR", "钢筋混凝土", "混凝土", "砖石", "玻璃钢",
      "铜", "光纤"
    };
    return sameAsName(PIPE_MATERIAL, "管线材质", "CJJ 61-2017 (常用材质)", names);
  }

  /** Codes 01 verified, 02–06 names verified and codes *unverified* (STANDARDS.md). */
  static CodeList partMajorClasses() {
    String[][] rows = {
      {"01", "公用设施"}, {"02", "道路交通"}, {"03", "市容环境"}, {"04", "园林绿化"}, {"05", "房屋土地"}, {"06", "其他设施"}
    };
    return list(PART_MAJOR, "部件大类", "GB/T 30428.2", rows);
  }

  /** 4-digit class codes (大类+小类) the sample uses; 0101–0105 verified, the rest *unverified*. */
  static CodeList partMinorClasses() {
    String[][] rows = {
      {"0101", "上水井盖"},
      {"0102", "污水井盖"},
      {"0103", "雨水井盖"},
      {"0104", "雨水箅子"},
      {"0105", "电力井盖"},
      {"0107", "通讯井盖"},
      {"0111", "燃气井盖"},
      {"0116", "消防栓"},
      {"0119", "路灯"},
      {"0201", "公交站亭"},
      {"0204", "交通标志牌"},
      {"0216", "路边停车泊位"},
      {"0303", "果皮箱"},
      {"0402", "行道树"}
    };
    return list(PART_MINOR, "部件小类", "GB/T 30428.2", rows);
  }

  static CodeList caseClasses() {
    return sameAsName(CASE_CLASS, "案件类型", "CJJ/T 106-2010", new String[] {"部件", "事件"});
  }

  /**
   * Case subcategories as the sample records name them (code = name): CJ/T 315's numeric category
   * codes could not be retrieved (*unverified*, STANDARDS.md).
   */
  static CodeList caseCategories() {
    String[] names = {
      "暴露垃圾", "占道经营", "乱张贴小广告", "违章停车", "店外经营", "乱堆物堆料", "积水", "施工扰民", "违法建设", "井盖破损", "道路破损",
      "路灯不亮", "绿化损坏", "果皮箱破损"
    };
    return sameAsName(CASE_CATEGORY, "案件小类", "CJJ/T 106-2010, GB/T 30428", names);
  }

  static CodeList caseStatuses() {
    String[] names = {"已上报", "已立案", "不予立案", "处置中", "已结案", "已作废"};
    return sameAsName(CASE_STATUS, "案件状态", "CJJ/T 106-2010", names);
  }

  /**
   * GB/T 21010-2017 classes as the third national land survey (三调 工作分类) uses them, second level, as
   * far as the sample parcels use them plus common neighbours. The colours approximate the national
   * land-use map colours and are *unverified* (an admin can replace the list).
   */
  static CodeList landUse() {
    return new CodeList(
        LAND_USE,
        "土地利用现状分类(三调工作分类)",
        "GB/T 21010-2017",
        List.of(
            new CodeEntry("0101", "水田", "#FFFF64"),
            new CodeEntry("0102", "水浇地", "#FFFF96"),
            new CodeEntry("0103", "旱地", "#FFFFC8"),
            new CodeEntry("0201", "果园", "#DCB4FF"),
            new CodeEntry("0301", "乔木林地", "#00A000"),
            new CodeEntry("05H1", "商业服务业设施用地", "#FF0000"),
            new CodeEntry("0508", "物流仓储用地", "#A000FF"),
            new CodeEntry("0601", "工业用地", "#C89664"),
            new CodeEntry("0701", "城镇住宅用地", "#FFFF00"),
            new CodeEntry("0702", "农村宅基地", "#FFD200"),
            new CodeEntry("08H1", "机关团体新闻出版用地", "#FF00FF"),
            new CodeEntry("08H2", "科教文卫用地", "#FF7FBF"),
            new CodeEntry("0809", "公用设施用地", "#00B4FF"),
            new CodeEntry("0810", "公园与绿地", "#00FF00"),
            new CodeEntry("1003", "公路用地", "#BEBEBE"),
            new CodeEntry("1004", "城镇村道路用地", "#D2D2D2"),
            new CodeEntry("1101", "河流水面", "#00FFFF")));
  }

  static CodeList roadGrades() {
    return sameAsName(
        ROAD_GRADE, "道路等级", "CJJ 37-2012", new String[] {"快速路", "主干路", "次干路", "支路", "巷道"});
  }

  private static CodeList list(String id, String title, String standard, String[][] rows) {
    var entries = new ArrayList<CodeEntry>();
    for (String[] r : rows) {
      entries.add(CodeEntry.of(r[0], r[1]));
    }
    return new CodeList(id, title, standard, entries);
  }

  private static CodeList sameAsName(String id, String title, String standard, String[] names) {
    var entries = new ArrayList<CodeEntry>();
    for (String n : names) {
      entries.add(CodeEntry.of(n, n));
    }
    return new CodeList(id, title, standard, entries);
  }
}
