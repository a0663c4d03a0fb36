package cn.onemap.sample.pipes;

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
import cn.onemap.sample.geo.Chunked;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.Schema;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Two layers per pipe subcategory, as CJJ 61 survey tables: {@code pipe_<sub>_points} (管线点) and
 * {@code pipe_<sub>_segments} (管线段), e.g. {@code pipe_jp_points}. Kind PIPELINE, so restricted by
 * default. Segment geometry joins its two points' coordinates exactly.
 */
public final class PipeLayers {
  private static final int CHUNK = 2_000;

  private PipeLayers() {}

  public static String pointsId(PipeKind kind) {
    return kind.layerPrefix() + "_points";
  }

  public static String segmentsId(PipeKind kind) {
    return kind.layerPrefix() + "_segments";
  }

  public static List<LayerSource> sources(PipeNetworks networks) {
    var out = new ArrayList<LayerSource>();
    for (PipeKind kind : PipeKind.values()) {
      out.add(points(networks, kind));
      out.add(segments(networks, kind));
    }
    return out;
  }

  static LayerSource points(PipeNetworks networks, PipeKind kind) {
    var def =
        LayerDefinition.of(
            pointsId(kind),
            kind.subName() + "管线点",
            LayerKind.PIPELINE,
            GeometryType.POINT,
            Schema.of()
                .req("point_no", STRING, "物探点号")
                .req("map_no", STRING, "图上点号")
                .req("category", STRING, "管线大类")
                .coded(SampleCodeLists.PIPE_CATEGORY)
                .req("subcategory", STRING, "管线小类")
                .coded(SampleCodeLists.PIPE_SUBCATEGORY)
                .opt("feature", STRING, "特征")
                .opt("appurtenance", STRING, "附属物")
                .req("feature_code", STRING, "要素代码")
                .req("ground_elev", DOUBLE, "地面高程(米)")
                .opt("invert_elev", DOUBLE, "管底高程(米)")
                .opt("well_depth", DOUBLE, "井深(米)")
                .opt("road_name", STRING, "所在道路")
                .req("owner", STRING, "权属单位")
                .list());
    return new LayerSource(
        def,
        () -> {
          PipeNetwork net = networks.get(kind);
          CityModel city = networks.city();
          int n = net.points().size();
          return new Chunked<>(
              (n + CHUNK - 1) / CHUNK,
              chunk -> {
                var out = new ArrayList<FeatureEdit.Insert>();
                for (int k = chunk * CHUNK; k < Math.min(n, (chunk + 1) * CHUNK); k++) {
                  PipeNetwork.Point p = net.points().get(k);
                  String no = net.pointNo(k);
                  Attrs a =
                      Attrs.of()
                          .put("point_no", no)
                          .put("map_no", kind.code() + (k + 1))
                          .put("category", kind.category())
                          .put("subcategory", kind.code())
                          .put(p.kind().feature() ? "feature" : "appurtenance", p.kind().label())
                          .put("feature_code", kind.pointCode(p.kind()))
                          .put("ground_elev", p.ground());
                  if (!Double.isNaN(p.invert())) {
                    a.put("invert_elev", p.invert())
                        .put("well_depth", Math.rint((p.ground() - p.invert()) * 100) / 100);
                  }
                  a.put("road_name", roadName(city, p.street())).put("owner", kind.owner());
                  out.add(FeatureEdit.insert(no, city.plane().point(p.x(), p.y()), a.map()));
                }
                return out;
              });
        });
  }

  static LayerSource segments(PipeNetworks networks, PipeKind kind) {
    var def =
        LayerDefinition.of(
            segmentsId(kind),
            kind.subName() + "管线段",
            LayerKind.PIPELINE,
            GeometryType.LINESTRING,
            Schema.of()
                .req("start_no", STRING, "起点点号")
                .req("end_no", STRING, "终点点号")
                .req("category", STRING, "管线大类")
                .coded(SampleCodeLists.PIPE_CATEGORY)
                .req("subcategory", STRING, "管线小类")
                .coded(SampleCodeLists.PIPE_SUBCATEGORY)
                .req("feature_code", STRING, "要素代码")
                .req("start_depth", DOUBLE, "起点埋深(米)")
                .req("end_depth", DOUBLE, "终点埋深(米)")
                .opt("start_invert", DOUBLE, "起点管底高程(米)")
                .opt("end_invert", DOUBLE, "终点管底高程(米)")
                .opt("diameter_mm", INTEGER, "管径(毫米)")
                .opt("section", STRING, "断面尺寸(宽×高,毫米)")
                .req("material", STRING, "材质")
                .coded(SampleCodeLists.PIPE_MATERIAL)
                .req("burial", STRING, "埋设方式")
                .coded(SampleCodeLists.PIPE_BURIAL)
                .req("year_laid", INTEGER, "埋设年份")
                .req("owner", STRING, "权属单位")
                .opt("road_name", STRING, "所在道路")
                .req("length_m", DOUBLE, "长度(米)")
                .list());
    return new LayerSource(
        def,
        () -> {
          PipeNetwork net = networks.get(kind);
          CityModel city = networks.city();
          LocalPlane plane = city.plane();
          int n = net.segments().size();
          return new Chunked<>(
              (n + CHUNK - 1) / CHUNK,
              chunk -> {
                var out = new ArrayList<FeatureEdit.Insert>();
                for (int k = chunk * CHUNK; k < Math.min(n, (chunk + 1) * CHUNK); k++) {
                  out.add(segment(city, plane, net, net.segments().get(k)));
                }
                return out;
              });
        });
  }

  private static FeatureEdit.Insert segment(
      CityModel city, LocalPlane plane, PipeNetwork net, PipeNetwork.Segment s) {
    PipeKind kind = net.kind();
    PipeNetwork.Point a = net.points().get(s.from());
    PipeNetwork.Point b = net.points().get(s.to());
    String startNo = net.pointNo(s.from());
    String endNo = net.pointNo(s.to());
    Attrs attrs =
        Attrs.of()
            .put("start_no", startNo)
            .put("end_no", endNo)
            .put("category", kind.category())
            .put("subcategory", kind.code())
            .put("feature_code", kind.segmentCode());
    if (kind.drainage()) {
      attrs
          .put("start_depth", Math.rint((a.ground() - a.invert()) * 100) / 100)
          .put("end_depth", Math.rint((b.ground() - b.invert()) * 100) / 100)
          .put("start_invert", a.invert())
          .put("end_invert", b.invert());
    } else {
      // Pressure pipes and ducts are recorded to the top of the pipe: a smooth cover depth.
      attrs.put("start_depth", cover(kind, a)).put("end_depth", cover(kind, b));
    }
    if (s.diameter() > 0) {
      attrs.put("diameter_mm", s.diameter());
    }
    if (!s.section().isEmpty()) {
      attrs.put("section", s.section());
    }
    attrs
        .put("material", material(kind, s.diameter()))
        .put("burial", kind == PipeKind.GD || kind == PipeKind.XX ? "GK" : "ZM")
        .put("year_laid", s.year())
        .put("owner", kind.owner())
        .put("road_name", roadName(city, s.street()))
        .put("length_m", Math.rint(Math.hypot(a.x() - b.x(), a.y() - b.y()) * 100) / 100);
    var line =
        plane
            .factory()
            .createLineString(
                new Coordinate[] {
                  new Coordinate(plane.lon(a.x()), plane.lat(a.y())),
                  new Coordinate(plane.lon(b.x()), plane.lat(b.y()))
                });
    return FeatureEdit.insert(startNo + "-" + endNo, line, attrs.map());
  }

  private static double cover(PipeKind kind, PipeNetwork.Point p) {
    double base =
        switch (kind) {
          case JP -> 1.1;
          case TR -> 1.0;
          default -> 0.8;
        };
    return Math.rint((base + 0.3 * StrictMath.sin(p.x() / 450.0 + p.y() / 610.0)) * 100) / 100;
  }

  private static String material(PipeKind kind, int diameter) {
    return switch (kind) {
      case JP -> diameter >= 300 ? "球墨铸铁" : "PE";
      case YS, WS -> diameter >= 600 ? "钢筋混凝土" : "HDPE";
      case TR -> diameter >= 250 ? "钢" : "PE";
      case GD -> "PVC";
      case XX -> "HDPE";
    };
  }

  private static String roadName(CityModel city, int street) {
    return city.roads().streets().get(street).name();
  }
}
