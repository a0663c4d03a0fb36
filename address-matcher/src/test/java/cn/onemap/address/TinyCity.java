package cn.onemap.address;

import static cn.onemap.core.catalog.AttributeDefinition.optional;
import static cn.onemap.core.catalog.AttributeDefinition.required;
import static cn.onemap.core.catalog.AttributeType.INTEGER;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny registry written into a real store, with the sample city's layer schemas:
 *
 * <pre>
 *   (north)   1     3     5[金利花园]     9        odd side of 凌风路, 7 missing
 *   凌风路 ───────────────────────────────────→ (east, 116.100 → 116.110 at 24.300)
 *   (south)   2     4     6
 *
 *   彬芳大道 (formerly 红旗路, renamed in the store's history): doors 1, 2, 3 at 24.305
 *   华侨路 in 梅县区 (松口镇 繁荣社区): doors 1, 2 at 24.310
 * </pre>
 *
 * 金利花园 (gate 凌风路5号) has buildings 1–2, each with units 1–2 and rooms 101, 102, 201, 202.
 * admin_districts holds one square around 凌风路 (梅江区).
 */
public final class TinyCity {
  static final String MEILONG = "441402004001"; // 江南街道 梅龙社区
  static final String FANRONG = "441403100001"; // 梅县区 繁荣社区
  static final String LINGFENG = "4414020001";
  static final String BINFANG = "4414020002";
  static final String HUAQIAO = "4414030001";
  private final Map<String, Integer> seq = new HashMap<>();
  final Map<String, String> codes = new HashMap<>();
  private final List<FeatureEdit.Insert> addresses = new ArrayList<>();

  public static TinyCity write(FeatureStore store) {
    TinyCity c = new TinyCity();
    c.build(store);
    return c;
  }

  private void build(FeatureStore store) {
    store.createLayer(
        LayerDefinition.of(
            "address_streets",
            "街路巷",
            LayerKind.ADDRESS,
            GeometryType.LINESTRING,
            List.of(
                required("code", STRING, "街路巷编码"),
                required("name", STRING, "名称"),
                required("kind", STRING, "类别"),
                required("county_code", STRING, "所属区县代码"))));
    EditContext ctx = EditContext.by("test");
    store.apply(
        "address_streets",
        List.of(
            street(LINGFENG, "凌风路", "441402", "LINESTRING (116.100 24.300, 116.110 24.300)"),
            street(BINFANG, "红旗路", "441402", "LINESTRING (116.100 24.305, 116.104 24.305)"),
            street(HUAQIAO, "华侨路", "441403", "LINESTRING (116.100 24.310, 116.104 24.310)")),
        ctx);
    store.apply(
        "address_streets",
        List.of(FeatureEdit.update(BINFANG, null, Map.of("name", "彬芳大道"))),
        EditContext.by("test", "地名规范化更名：红旗路更名为彬芳大道"));
    store.createLayer(
        LayerDefinition.of(
            "addresses",
            "标准地址",
            LayerKind.ADDRESS,
            GeometryType.POINT,
            List.of(
                required("code", STRING, "地址编码"),
                required("level", STRING, "地址级别"),
                required("full_address", STRING, "标准地址"),
                required("province", STRING, "省"),
                required("city", STRING, "市"),
                required("county", STRING, "区县"),
                required("town", STRING, "乡镇街道"),
                required("community", STRING, "社区村"),
                required("street", STRING, "街路巷"),
                required("street_code", STRING, "街路巷编码"),
                required("door_no", INTEGER, "门牌号"),
                optional("compound", STRING, "小区"),
                optional("building_no", INTEGER, "楼栋号"),
                optional("unit_no", INTEGER, "单元号"),
                optional("room_no", INTEGER, "户室号"),
                required("parent_code", STRING, "上级地址编码"),
                required("bgid", STRING, "单元网格代码"))));
    for (int n : new int[] {1, 3, 5, 9}) {
      door(MEILONG, "凌风路", LINGFENG, n, 116.100 + n * 0.0005, 24.3001);
    }
    for (int n : new int[] {2, 4, 6}) {
      door(MEILONG, "凌风路", LINGFENG, n, 116.1005 + (n - 1) * 0.0005, 24.2999);
    }
    for (int n = 1; n <= 3; n++) {
      door(MEILONG, "彬芳大道", BINFANG, n, 116.1005 + n * 0.001, n % 2 == 1 ? 24.3051 : 24.3049);
    }
    for (int n = 1; n <= 2; n++) {
      door(FANRONG, "华侨路", HUAQIAO, n, 116.1005 + n * 0.001, n % 2 == 1 ? 24.3101 : 24.3099);
    }
    String gate = codes.get("凌风路5号");
    String compound = add(MEILONG, 2, "凌风路", LINGFENG, 5, "金利花园", 0, 0, 0, gate, 116.1026, 24.3008);
    codes.put("金利花园", compound);
    for (int b = 1; b <= 2; b++) {
      String bc =
          add(
              MEILONG,
              3,
              "凌风路",
              LINGFENG,
              5,
              "金利花园",
              b,
              0,
              0,
              compound,
              116.1024 + b * 0.0002,
              24.3010);
      codes.put("金利花园" + b + "栋", bc);
      for (int u = 1; u <= 2; u++) {
        String uc =
            add(
                MEILONG,
                4,
                "凌风路",
                LINGFENG,
                5,
                "金利花园",
                b,
                u,
                0,
                bc,
                116.1024 + b * 0.0002,
                24.3011);
        codes.put("金利花园" + b + "栋" + u + "单元", uc);
        for (int r : new int[] {101, 102, 201, 202}) {
          String rc =
              add(
                  MEILONG,
                  5,
                  "凌风路",
                  LINGFENG,
                  5,
                  "金利花园",
                  b,
                  u,
                  r,
                  uc,
                  116.1024 + b * 0.0002,
                  24.3011);
          codes.put("金利花园" + b + "栋" + u + "单元" + r + "室", rc);
        }
      }
    }
    store.apply("addresses", new ArrayList<FeatureEdit>(addresses), ctx);
    store.createLayer(
        LayerDefinition.of(
            "admin_districts",
            "区县",
            LayerKind.BASE,
            GeometryType.MULTIPOLYGON,
            List.of(required("code", STRING, "行政区划代码"), required("name", STRING, "名称"))));
    store.apply(
        "admin_districts",
        List.of(
            FeatureEdit.insert(
                "441402",
                Wkt.read(
                    "MULTIPOLYGON (((116.09 24.29, 116.12 24.29, 116.12 24.307, 116.09 24.307, 116.09 24.29)))"),
                Map.of("code", "441402", "name", "梅江区"))),
        ctx);
  }

  private static FeatureEdit street(String code, String name, String county, String wkt) {
    return FeatureEdit.insert(
        code,
        Wkt.read(wkt),
        Map.of("code", code, "name", name, "kind", "路", "county_code", county));
  }

  private void door(String community, String street, String streetCode, int n, double x, double y) {
    codes.put(
        street + n + "号",
        add(community, 1, street, streetCode, n, null, 0, 0, 0, streetCode, x, y));
  }

  private String add(
      String community,
      int level,
      String street,
      String streetCode,
      int door,
      String compound,
      int building,
      int unit,
      int room,
      String parent,
      double x,
      double y) {
    int s = seq.merge(community + level, 1, Integer::sum);
    String code = community + level + String.format("%07d", s);
    boolean meijiang = community.startsWith("441402");
    var a = new HashMap<String, Object>();
    a.put("code", code);
    a.put("level", new String[] {"", "门牌", "小区", "楼栋", "单元", "户室"}[level]);
    a.put("full_address", "-");
    a.put("province", "广东省");
    a.put("city", "梅州市");
    a.put("county", meijiang ? "梅江区" : "梅县区");
    a.put("town", meijiang ? "江南街道" : "松口镇");
    a.put("community", meijiang ? "梅龙社区" : "繁荣社区");
    a.put("street", street);
    a.put("street_code", streetCode);
    a.put("door_no", door);
    a.put("compound", compound);
    a.put("building_no", building > 0 ? building : null);
    a.put("unit_no", unit > 0 ? unit : null);
    a.put("room_no", room > 0 ? room : null);
    a.put("parent_code", parent);
    a.put("bgid", community + "01");
    addresses.add(FeatureEdit.insert(code, Wkt.read("POINT (" + x + " " + y + ")"), a));
    return code;
  }
}
