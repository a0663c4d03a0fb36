package cn.onemap.sample.base;

import static cn.onemap.core.catalog.AttributeType.BOOLEAN;
import static cn.onemap.core.catalog.AttributeType.DOUBLE;
import static cn.onemap.core.catalog.AttributeType.INTEGER;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.codes.SampleCodeLists;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.River;
import cn.onemap.sample.geo.Schema;
import cn.onemap.sample.roads.RoadNetwork;
import cn.onemap.sample.roads.RoadSegment;
import cn.onemap.sample.roads.Street;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Base map layers: the river (水系), roads (道路), buildings (建筑物) and land parcels. */
public final class BaseLayers {
  public static final String WATER = "water";
  public static final String ROADS = "roads";
  public static final String BUILDINGS = "buildings";

  private BaseLayers() {}

  public static List<LayerSource> sources(CityModel city) {
    return List.of(water(city), roads(city), buildings(city), LandParcels.source(city));
  }

  static LayerSource water(CityModel city) {
    var def =
        LayerDefinition.of(
            WATER,
            "水系",
            LayerKind.BASE,
            GeometryType.MULTIPOLYGON,
            Schema.of()
                .req("name", STRING, "名称")
                .req("kind", STRING, "类型")
                .opt("width_m", DOUBLE, "水面宽度(米)")
                .list());
    return new LayerSource(
        def,
        () -> {
          LocalPlane plane = city.plane();
          River river = city.river();
          var box =
              new GeometryFactory()
                  .toGeometry(
                      new Envelope(
                          0, plane.x(city.spec().maxLon()), 0, plane.y(city.spec().maxLat())));
          Geometry clipped = river.water().intersection(box);
          Attrs a =
              Attrs.of()
                  .put("name", River.NAME)
                  .put("kind", "河流")
                  .put("width_m", 2 * river.halfWidth());
          return List.of(FeatureEdit.insert("W0001", plane.toCgcs2000(clipped), a.map()))
              .iterator();
        });
  }

  static LayerSource roads(CityModel city) {
    var def =
        LayerDefinition.of(
            ROADS,
            "道路",
            LayerKind.BASE,
            GeometryType.LINESTRING,
            Schema.of()
                .req("road_id", STRING, "道路段编号")
                .req("name", STRING, "道路名称")
                .req("street_code", STRING, "街路巷编码")
                .req("grade", STRING, "道路等级")
                .coded(SampleCodeLists.ROAD_GRADE)
                .req("width_m", DOUBLE, "红线宽度(米)")
                .req("lanes", INTEGER, "车道数")
                .req("one_way", BOOLEAN, "单行")
                .req("max_speed", INTEGER, "限速(km/h)")
                .req("bridge", BOOLEAN, "桥梁")
                .req("from_node", STRING, "起点节点")
                .req("to_node", STRING, "终点节点")
                .req("length_m", DOUBLE, "长度(米)")
                .list());
    return new LayerSource(
        def,
        () -> {
          RoadNetwork roads = city.roads();
          // renamed streets carry their former name until the rename (SampleCity applies it)
          var former = new java.util.HashMap<String, String>();
          for (var r : cn.onemap.sample.address.StreetRenames.of(city)) {
            former.put(r.streetCode(), r.oldName());
          }
          var out = new ArrayList<FeatureEdit.Insert>();
          var f = new GeometryFactory();
          for (RoadSegment s : roads.segments()) {
            Street street = roads.streets().get(s.street());
            Coordinate[] cs = new Coordinate[s.nodes().length];
            for (int k = 0; k < cs.length; k++) {
              cs[k] = roads.node(s.nodes()[k]);
            }
            LineString line = f.createLineString(cs);
            Attrs a =
                Attrs.of()
                    .put("road_id", s.id())
                    .put("name", former.getOrDefault(street.code(), street.name()))
                    .put("street_code", street.code())
                    .put("grade", street.grade().label())
                    .put("width_m", street.grade().width())
                    .put("lanes", street.grade().lanes())
                    .put("one_way", s.oneWay())
                    .put("max_speed", street.grade().speed())
                    .put("bridge", street.bridge())
                    .put("from_node", roads.nodeId(s.nodes()[0]))
                    .put("to_node", roads.nodeId(s.nodes()[s.nodes().length - 1]))
                    .put("length_m", Math.rint(line.getLength() * 10) / 10);
            out.add(FeatureEdit.insert(s.id(), city.plane().toCgcs2000(line), a.map()));
          }
          return out.iterator();
        });
  }

  static LayerSource buildings(CityModel city) {
    var def =
        LayerDefinition.of(
            BUILDINGS,
            "建筑物",
            LayerKind.BASE,
            GeometryType.POLYGON,
            Schema.of()
                .req("code", STRING, "建筑物编码")
                .req("use", STRING, "用途")
                .req("floors", INTEGER, "地上层数")
                .req("height_m", DOUBLE, "高度(米)")
                .opt("compound", STRING, "小区")
                .opt("building_no", INTEGER, "栋号")
                .req("structure", STRING, "结构")
                .req("year_built", INTEGER, "建成年份")
                .req("bgid", STRING, "单元网格代码")
                .list());
    return new LayerSource(
        def,
        () -> {
          Buildings b = city.buildings();
          var f = new GeometryFactory();
          var out = new ArrayList<FeatureEdit.Insert>();
          for (Building building : b.buildings()) {
            Coordinate[] c = building.corners();
            Geometry poly = f.createPolygon(new Coordinate[] {c[0], c[1], c[2], c[3], c[0]});
            Attrs a =
                Attrs.of()
                    .put("code", building.code())
                    .put("use", building.use())
                    .put("floors", building.floors())
                    .put("height_m", building.floors() * 3.0)
                    .put("structure", building.floors() > 6 ? "钢筋混凝土" : "砖混")
                    .put("year_built", building.year())
                    .put("bgid", building.code().substring(0, 14));
            if (building.compound() >= 0) {
              a.put("compound", b.compounds().get(building.compound()).name())
                  .put("building_no", building.numberInCompound());
            }
            out.add(FeatureEdit.insert(building.code(), city.plane().toCgcs2000(poly), a.map()));
          }
          return out.iterator();
        });
  }
}
