package cn.onemap.sample.parts;

import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Chunked;
import cn.onemap.sample.geo.Rng;
import cn.onemap.sample.grid.UnitGrid;
import cn.onemap.sample.pipes.PipeKind;
import cn.onemap.sample.pipes.PipeNetwork;
import cn.onemap.sample.pipes.PipeNetworks;
import cn.onemap.sample.pipes.PointKind;
import cn.onemap.sample.roads.Edge;
import cn.onemap.sample.roads.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Coordinate;

/**
 * Generates the city parts in a fixed order: first the covers, placed exactly on the pipe points
 * they close (上水井盖 on valves, 污水/雨水/电力/通讯/燃气井盖 on manholes), hydrants and storm grates; then,
 * street by street, trees, lamps, bins, bus stops and signs along the kerbs. Each part gets the
 * unit grid that contains it (BGID) and a 16-digit id: county code of that grid + class + a 6-digit
 * sequence per county and class. Parts falling outside every grid are not placed.
 */
final class PartGenerator {
  private static final int EDGES_PER_CHUNK = 50;

  /** Distance from a junction within which nothing stands at the kerb (the crossing road). */
  private static final double KERB_MARGIN = 14;

  private static final LocalDate FIRST_SURVEY = LocalDate.of(2015, 1, 1);

  private final CityModel city;
  private final PipeNetworks networks;
  private final Map<String, Integer> sequences = new HashMap<>();

  PartGenerator(PipeNetworks networks) {
    this.city = networks.city();
    this.networks = networks;
  }

  Iterator<FeatureEdit.Insert> iterator() {
    int kinds = PipeKind.values().length;
    int edgeChunks = (city.roads().edges().size() + EDGES_PER_CHUNK - 1) / EDGES_PER_CHUNK;
    return new Chunked<>(
        kinds + edgeChunks,
        chunk -> chunk < kinds ? covers(PipeKind.values()[chunk]) : alongStreets(chunk - kinds));
  }

  private List<FeatureEdit.Insert> covers(PipeKind kind) {
    PipeNetwork net = networks.get(kind);
    var out = new ArrayList<FeatureEdit.Insert>();
    Rng rng = Rng.of(CitySpec.SEED, "covers", kind.ordinal());
    for (PipeNetwork.Point p : net.points()) {
      PartClass cls = coverClass(kind, p.kind());
      String road = city.roads().streets().get(p.street()).name();
      if (cls != null) {
        add(out, cls, p.x(), p.y(), rng, road, net.pointNo(p.index()));
      }
      if (kind == PipeKind.YS && p.kind() == PointKind.MANHOLE) {
        add(out, PartClass.STORM_GRATE, p.x() + 1.2, p.y() - 1.2, rng, road, null);
      }
    }
    return out;
  }

  static PartClass coverClass(PipeKind kind, PointKind point) {
    if (point == PointKind.HYDRANT) {
      return PartClass.HYDRANT;
    }
    if (!point.hasCover()) {
      return null;
    }
    return switch (kind) {
      case JP -> point == PointKind.VALVE ? PartClass.WATER_COVER : null;
      case WS -> PartClass.SEWAGE_COVER;
      case YS -> PartClass.STORM_COVER;
      case GD -> PartClass.POWER_COVER;
      case XX -> PartClass.TELECOM_COVER;
      case TR -> point == PointKind.VALVE ? PartClass.GAS_COVER : null;
    };
  }

  private List<FeatureEdit.Insert> alongStreets(int chunk) {
    var out = new ArrayList<FeatureEdit.Insert>();
    List<Edge> edges = city.roads().edges();
    for (int k = chunk * EDGES_PER_CHUNK;
        k < Math.min(edges.size(), (chunk + 1) * EDGES_PER_CHUNK);
        k++) {
      Edge e = edges.get(k);
      if (e.bridge()) {
        continue;
      }
      Rng rng = Rng.of(CitySpec.SEED, "kerb", e.index());
      Coordinate a = city.roads().node(e.a());
      Coordinate b = city.roads().node(e.b());
      double len = a.distance(b);
      double dx = (b.x - a.x) / len;
      double dy = (b.y - a.y) / len;
      double half = e.grade().width() / 2;
      String road = city.roads().streets().get(e.street()).name();
      var spec = city.spec();
      if (e.grade() != Grade.ALLEY) {
        for (int side = -1; side <= 1; side += 2) {
          for (double s = KERB_MARGIN; s <= len - KERB_MARGIN; s += spec.treeSpacing()) {
            place(out, PartClass.STREET_TREE, a, dx, dy, s, side * (half - 1.5), rng, road);
          }
          for (double s = KERB_MARGIN + 2; s <= len - KERB_MARGIN; s += spec.lampSpacing()) {
            place(out, PartClass.STREET_LAMP, a, dx, dy, s, side * (half - 0.5), rng, road);
          }
        }
        if (e.grade() == Grade.ARTERIAL || e.grade() == Grade.SECONDARY) {
          // The central green belt of the wide roads has a row of trees too.
          for (double s = half + 4; s <= len - half - 4; s += spec.treeSpacing() * 1.5) {
            place(out, PartClass.STREET_TREE, a, dx, dy, s, 0.8, rng, road);
          }
        }
        if (e.grade() == Grade.BRANCH) {
          for (double s = KERB_MARGIN; s <= len - KERB_MARGIN; s += 6) {
            place(out, PartClass.PARKING_BAY, a, dx, dy, s, half - 3.5, rng, road);
            place(out, PartClass.PARKING_BAY, a, dx, dy, s, -(half - 3.5), rng, road);
          }
        }
        for (double s = 40; s <= len - 20; s += 80) {
          place(out, PartClass.LITTER_BIN, a, dx, dy, s, -(half - 1.0), rng, road);
        }
        place(
            out,
            PartClass.TRAFFIC_SIGN,
            a,
            dx,
            dy,
            Math.min(len / 2, half + 6),
            -(half - 0.8),
            rng,
            road);
        if (e.grade() != Grade.BRANCH && e.index() % 4 == 0) {
          place(out, PartClass.BUS_STOP, a, dx, dy, len / 2 + 3, half - 2, rng, road);
          place(out, PartClass.BUS_STOP, a, dx, dy, len / 2 - 3, -(half - 2), rng, road);
        }
      } else {
        for (double s = 15; s <= len - 10; s += 40) {
          place(out, PartClass.STREET_LAMP, a, dx, dy, s, 1.5, rng, road);
        }
      }
    }
    return out;
  }

  private void place(
      List<FeatureEdit.Insert> out,
      PartClass cls,
      Coordinate a,
      double dx,
      double dy,
      double along,
      double left,
      Rng rng,
      String road) {
    add(out, cls, a.x + dx * along - dy * left, a.y + dy * along + dx * left, rng, road, null);
  }

  private void add(
      List<FeatureEdit.Insert> out,
      PartClass cls,
      double x,
      double y,
      Rng rng,
      String road,
      String pipePoint) {
    // Draw every number first, so a part left out does not shift the others' values.
    double state = rng.nextDouble();
    int orDays = rng.nextInt(3285);
    int chDays = rng.nextInt(900);
    OptionalInt grid = city.grids().gridAt(x, y);
    if (grid.isEmpty()) {
      return;
    }
    UnitGrid g = city.grids().grids().get(grid.getAsInt());
    String county = city.countyOf(g.community());
    int seq = sequences.merge(county + cls.code(), 1, Integer::sum);
    if (seq > 999_999) {
      throw new IllegalStateException(
          "more than 999,999 parts of class " + cls.code() + " in county " + county);
    }
    String id = county + cls.code() + String.format("%06d", seq);
    LocalDate recorded = FIRST_SURVEY.plusDays(orDays);
    String[] dept = Departments.of(cls);
    Attrs attrs =
        Attrs.of()
            .put("obj_id", id)
            .put("obj_name", cls.label())
            .put("major_code", cls.major())
            .put("major_name", cls.majorName())
            .put("minor_code", cls.code())
            .put("dept_code", dept[0])
            .put("dept_name", dept[1])
            .put("bgid", g.code())
            .put(
                "obj_state", state < 0.92 ? "完好" : state < 0.97 ? "破损" : state < 0.98 ? "丢失" : "占用")
            .put("or_date", recorded)
            .put("ch_date", recorded.plusDays(chDays))
            .put("data_source", pipePoint != null ? "管线普查" : "部件普查")
            .put("material", cls.material().isEmpty() ? null : cls.material())
            .put("obj_shape", cls.shape().isEmpty() ? null : cls.shape())
            .put("road_name", road)
            .put("pipe_point_no", pipePoint)
            .put("note", cls.verified() ? null : "小类代码待核实");
    out.add(FeatureEdit.insert(id, city.plane().point(x, y), attrs.map()));
  }
}
