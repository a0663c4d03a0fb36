package cn.onemap.sample.admin;

import static cn.onemap.core.catalog.AttributeType.DOUBLE;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Schema;
import java.util.ArrayList;
import java.util.List;

/** Layers of the admin units: 区县, 乡镇街道, 社区村 (MultiPolygons; they tile one another). */
public final class AdminLayers {
  public static final String DISTRICTS = "admin_districts";
  public static final String TOWNS = "admin_towns";
  public static final String COMMUNITIES = "admin_communities";

  private AdminLayers() {}

  public static List<LayerSource> sources(CityModel city) {
    AdminModel admin = city.admin();
    return List.of(
        layer(
            city,
            DISTRICTS,
            "区县",
            admin.districts(),
            Schema.of()
                .req("code", STRING, "行政区划代码")
                .req("name", STRING, "名称")
                .req("city_code", STRING, "所属地市代码")
                .req("area_m2", DOUBLE, "面积(平方米)")
                .list()),
        layer(
            city,
            TOWNS,
            "乡镇街道",
            admin.towns(),
            Schema.of()
                .req("code", STRING, "乡镇街道代码")
                .req("name", STRING, "名称")
                .req("kind", STRING, "类型")
                .req("county_code", STRING, "所属区县代码")
                .req("area_m2", DOUBLE, "面积(平方米)")
                .list()),
        layer(
            city,
            COMMUNITIES,
            "社区村",
            admin.communities(),
            Schema.of()
                .req("code", STRING, "社区村代码")
                .req("name", STRING, "名称")
                .req("short_name", STRING, "简称")
                .req("kind", STRING, "类型")
                .req("town_code", STRING, "所属乡镇街道代码")
                .req("county_code", STRING, "所属区县代码")
                .req("area_m2", DOUBLE, "面积(平方米)")
                .list()));
  }

  private static LayerSource layer(
      CityModel city,
      String id,
      String title,
      List<AdminModel.Unit> units,
      List<cn.onemap.core.catalog.AttributeDefinition> schema) {
    var def = LayerDefinition.of(id, title, LayerKind.BASE, GeometryType.MULTIPOLYGON, schema);
    return new LayerSource(
        def,
        () -> {
          var out = new ArrayList<FeatureEdit.Insert>();
          for (AdminModel.Unit u : units) {
            Division d = u.division();
            double area = Math.rint(u.outline().getArea());
            Attrs a = Attrs.of().put("code", d.code()).put("name", d.name()).put("area_m2", area);
            switch (d.level()) {
              case COUNTY -> a.put("city_code", d.parent());
              case TOWN ->
                  a.put("kind", d.name().endsWith("街道") ? "街道" : "镇")
                      .put("county_code", d.parent());
              default ->
                  a.put("short_name", d.shortName())
                      .put("kind", d.isUrbanCommunity() ? "社区" : "行政村")
                      .put("town_code", d.parent())
                      .put("county_code", d.parent().substring(0, 6));
            }
            out.add(FeatureEdit.insert(d.code(), city.plane().toCgcs2000(u.outline()), a.map()));
          }
          return out.iterator();
        });
  }
}
