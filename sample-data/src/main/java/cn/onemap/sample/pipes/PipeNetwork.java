package cn.onemap.sample.pipes;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.geo.Rng;
import cn.onemap.sample.roads.Edge;
import cn.onemap.sample.roads.Grade;
import cn.onemap.sample.roads.RoadNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * One pipe network (one subcategory) as survey points and segments, in plane metres. Points are
 * laid at the road network's nodes and every ~{@link PipeKind#spacing()} metres along its edges,
 * translated by the kind's offset; segments join consecutive points. Pressure networks keep every
 * segment (they are meshed); drainage keeps a tree draining to outlets, see {@link Drainage}.
 */
public final class PipeNetwork {
  /** A survey point. {@code invert} is NaN except for drainage. */
  public record Point(
      int index, double x, double y, PointKind kind, double ground, double invert, int street) {}

  /**
   * A segment from point {@code from} to point {@code to} (flow direction for drainage).
   *
   * @param diameter nominal diameter in mm, 0 for cable ducts (see {@code section})
   * @param section 宽×高 in mm for cable ducts, empty otherwise
   */
  public record Segment(int from, int to, int diameter, String section, int year, int street) {}

  private final PipeKind kind;
  private final List<Point> points;
  private final List<Segment> segments;

  PipeNetwork(PipeKind kind, List<Point> points, List<Segment> segments) {
    this.kind = kind;
    this.points = points;
    this.segments = segments;
  }

  public static PipeNetwork build(CityModel city, PipeKind kind) {
    RoadNetwork roads = city.roads();
    List<Edge> edges = roads.edges().stream().filter(kind::follows).toList();
    int[] degree = new int[(city.lattice().nx() + 1) * (city.lattice().ny() + 1)];
    for (Edge e : edges) {
      degree[e.a()]++;
      degree[e.b()]++;
    }
    int[] nodePoint = new int[degree.length];
    Arrays.fill(nodePoint, -1);
    var points = new ArrayList<Point>();
    var segments = new ArrayList<Segment>();
    for (Edge e : edges) {
      for (int n : new int[] {e.a(), e.b()}) {
        if (nodePoint[n] < 0) {
          nodePoint[n] = points.size();
          Coordinate c = roads.node(n);
          points.add(
              point(
                  city,
                  kind,
                  points.size(),
                  c.x,
                  c.y,
                  nodeKind(kind, roads, n, degree),
                  e.street()));
        }
      }
    }
    Rng rng = Rng.of(CitySpec.SEED, "pipes", kind.ordinal());
    for (Edge e : edges) {
      Coordinate a = roads.node(e.a());
      Coordinate b = roads.node(e.b());
      int n = (int) Math.max(0, Math.round(a.distance(b) / kind.spacing()) - 1);
      int year = rng.intBetween(1995, 2024);
      int diameter = diameter(kind, e.grade());
      String section = section(kind, e.grade());
      int prev = nodePoint[e.a()];
      boolean reduce =
          kind == PipeKind.JP && e.grade() == Grade.ARTERIAL && e.index() % 3 == 0 && n >= 3;
      for (int k = 1; k <= n + 1; k++) {
        int next;
        if (k <= n) {
          double t = (double) k / (n + 1);
          PointKind pk = interiorKind(kind, e, k, n, degree[e.a()], reduce);
          next = points.size();
          points.add(
              point(
                  city, kind, next, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y), pk, e.street()));
        } else {
          next = nodePoint[e.b()];
        }
        segments.add(new Segment(prev, next, diameter, section, year, e.street()));
        if (k <= n && points.get(next).kind() == PointKind.REDUCER) {
          diameter = smaller(diameter);
        }
        prev = next;
      }
    }
    if (kind.drainage()) {
      return Drainage.lay(city, kind, points, segments, nodePoint);
    }
    return new PipeNetwork(kind, List.copyOf(points), List.copyOf(segments));
  }

  static Point point(
      CityModel city,
      PipeKind kind,
      int index,
      double roadX,
      double roadY,
      PointKind pk,
      int street) {
    double x = roadX + kind.dx();
    double y = roadY + kind.dy();
    return new Point(index, x, y, pk, city.terrain().surveyed(x, y), Double.NaN, street);
  }

  private static PointKind nodeKind(PipeKind kind, RoadNetwork roads, int node, int[] degree) {
    if (kind.drainage() || kind == PipeKind.GD || kind == PipeKind.XX) {
      return PointKind.MANHOLE;
    }
    return switch (degree[node]) {
      case 1 -> PointKind.END;
      case 2 -> PointKind.TURN;
      case 3 -> PointKind.TEE;
      default -> PointKind.CROSS;
    };
  }

  private static PointKind interiorKind(
      PipeKind kind, Edge e, int k, int n, int startDegree, boolean reduce) {
    return switch (kind) {
      case YS, WS, GD, XX -> PointKind.MANHOLE;
      case TR -> k == 1 && startDegree >= 3 ? PointKind.VALVE : PointKind.STRAIGHT;
      case JP -> {
        if (k == 1 && startDegree >= 3) {
          yield PointKind.VALVE;
        }
        if (reduce && k == (n + 1) / 2) {
          yield PointKind.REDUCER;
        }
        yield e.grade() != Grade.ALLEY && k == n && e.index() % 2 == 0
            ? PointKind.HYDRANT
            : PointKind.STRAIGHT;
      }
    };
  }

  private static int diameter(PipeKind kind, Grade grade) {
    return switch (kind) {
      case JP ->
          switch (grade) {
            case ARTERIAL -> 400;
            case SECONDARY -> 300;
            case BRANCH -> 200;
            case ALLEY -> 100;
          };
      case TR -> grade == Grade.ARTERIAL ? 250 : grade == Grade.SECONDARY ? 200 : 160;
      case YS, WS -> 300; // replaced by Drainage from the upstream size
      case GD, XX -> 0;
    };
  }

  private static String section(PipeKind kind, Grade grade) {
    return switch (kind) {
      case GD -> grade == Grade.ARTERIAL ? "800×500" : "600×400";
      case XX -> grade == Grade.ARTERIAL ? "400×300" : "300×200";
      default -> "";
    };
  }

  private static int smaller(int diameter) {
    return switch (diameter) {
      case 400 -> 300;
      case 300 -> 200;
      default -> Math.max(100, diameter - 100);
    };
  }

  public PipeKind kind() {
    return kind;
  }

  public List<Point> points() {
    return points;
  }

  public List<Segment> segments() {
    return segments;
  }

  /** Survey point number (物探点号), e.g. "JP000123". */
  public String pointNo(int index) {
    return kind.code() + String.format("%06d", index + 1);
  }
}
