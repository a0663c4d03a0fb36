package cn.onemap.sample.base;

import static cn.onemap.core.catalog.AttributeType.DOUBLE;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.codes.SampleCodeLists;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Land-use parcels (宗地): one per lattice cell, inside the road reserves on its sides, with a GB/T
 * 21010-2017 land-use class (三调 工作分类) chosen from what stands on it. The code follows the 宗地代码
 * pattern: 12-digit community code (as 地籍区/子区) + 特征码 (GB state-owned construction land, JC
 * collective construction land) + a 5-digit number.
 */
public final class LandParcels {
  public static final String PARCELS = "land_parcels";

  private LandParcels() {}

  public static LayerSource source(CityModel city) {
    var def =
        LayerDefinition.of(
            PARCELS,
            "土地利用宗地",
            LayerKind.THEMATIC,
            GeometryType.POLYGON,
            Schema.of()
                .req("parcel_code", STRING, "宗地代码")
                .req("landuse_code", STRING, "用地代码")
                .coded(SampleCodeLists.LAND_USE)
                .req("landuse_name", STRING, "用地名称")
                .req("area_m2", DOUBLE, "面积(平方米)")
                .req("community_code", STRING, "社区村代码")
                .list());
    return new LayerSource(def, () -> parcels(city).iterator());
  }

  private static List<FeatureEdit.Insert> parcels(CityModel city) {
    Lattice lattice = city.lattice();
    Buildings b = city.buildings();
    Map<Integer, String> useOfCell = new HashMap<>();
    for (Building building : b.buildings()) {
      useOfCell.putIfAbsent(building.cell(), building.compound() >= 0 ? "住宅" : building.use());
    }
    Map<String, Integer> perCommunity = new HashMap<>();
    var f = new GeometryFactory();
    var out = new ArrayList<FeatureEdit.Insert>();
    int nx = lattice.nx();
    for (int c = 0; c < nx * lattice.ny(); c++) {
      int community = city.admin().communityOf(c);
      int i = c % nx;
      int j = c / nx;
      if (community < 0
          || city.river().distanceToBank(lattice.cellX(i, j), lattice.cellY(i, j)) < 90) {
        continue;
      }
      AdminModel.Unit unit = city.admin().communities().get(community);
      String use = useOfCell.get(c);
      String[] cls = landUse(use, unit.urban(), c);
      double[] m = Buildings.margins(lattice, city.roads(), i, j, 0.5);
      Polygon p =
          f.createPolygon(
              new Coordinate[] {
                lattice.at(i, j, m[0], m[2]),
                lattice.at(i, j, 1 - m[1], m[2]),
                lattice.at(i, j, 1 - m[1], 1 - m[3]),
                lattice.at(i, j, m[0], 1 - m[3]),
                lattice.at(i, j, m[0], m[2])
              });
      int seq = perCommunity.merge(unit.code(), 1, Integer::sum);
      String code = unit.code() + (unit.urban() ? "GB" : "JC") + String.format("%05d", seq);
      Attrs a =
          Attrs.of()
              .put("parcel_code", code)
              .put("landuse_code", cls[0])
              .put("landuse_name", cls[1])
              .put("area_m2", Math.rint(p.getArea()))
              .put("community_code", unit.code());
      out.add(FeatureEdit.insert(code, city.plane().toCgcs2000(p), a.map()));
    }
    return out;
  }

  /**
   * GB/T 21010-2017 class (code, name) as the third national land survey (三调 工作分类) codes it, for
   * what stands on a cell: 05H1 merges retail, offices and other commercial services.
   */
  private static String[] landUse(String use, boolean urban, int cell) {
    if (use == null) {
      return urban ? new String[] {"0810", "公园与绿地"} : new String[] {"0101", "水田"};
    }
    return switch (use) {
      case "住宅" -> urban ? new String[] {"0701", "城镇住宅用地"} : new String[] {"0702", "农村宅基地"};
      case "商业", "办公" -> new String[] {"05H1", "商业服务业设施用地"};
      case "公共服务" ->
          cell % 3 == 0 ? new String[] {"08H2", "科教文卫用地"} : new String[] {"08H1", "机关团体新闻出版用地"};
      default -> new String[] {"0702", "农村宅基地"};
    };
  }
}
