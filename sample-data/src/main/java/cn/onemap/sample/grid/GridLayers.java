package cn.onemap.sample.grid;

import static cn.onemap.core.catalog.AttributeType.DOUBLE;
import static cn.onemap.core.catalog.AttributeType.INTEGER;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Schema;
import java.util.ArrayList;

/** The unit-grid layer (单元网格), one MultiPolygon per grid, id = its 14-digit code. */
public final class GridLayers {
  public static final String GRIDS = "unit_grids";

  private GridLayers() {}

  public static LayerSource source(CityModel city) {
    var def =
        LayerDefinition.of(
            GRIDS,
            "单元网格",
            LayerKind.UNIT_GRID,
            GeometryType.MULTIPOLYGON,
            Schema.of()
                .req("bgid", STRING, "单元网格代码")
                .req("community_code", STRING, "社区村代码")
                .req("community_name", STRING, "社区村")
                .req("town_code", STRING, "乡镇街道代码")
                .req("seq", INTEGER, "网格序号")
                .req("area_m2", DOUBLE, "面积(平方米)")
                .opt("manager", STRING, "网格员")
                .list());
    return new LayerSource(
        def,
        () -> {
          var out = new ArrayList<FeatureEdit.Insert>();
          for (UnitGrid g : city.grids().grids()) {
            AdminModel.Unit c = city.admin().communities().get(g.community());
            Attrs a =
                Attrs.of()
                    .put("bgid", g.code())
                    .put("community_code", c.code())
                    .put("community_name", c.division().shortName())
                    .put("town_code", c.division().parent())
                    .put("seq", Integer.parseInt(g.code().substring(12)))
                    .put("area_m2", Math.rint(g.outline().getArea()))
                    .put("manager", "网格员" + c.division().shortName() + g.code().substring(12));
            out.add(FeatureEdit.insert(g.code(), city.plane().toCgcs2000(g.outline()), a.map()));
          }
          return out.iterator();
        });
  }
}
