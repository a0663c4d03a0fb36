package cn.onemap.sample.roads;

import cn.onemap.sample.CitySpec;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.River;
import cn.onemap.sample.geo.Rng;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The road network on the lattice. Roads run only along lattice edges whose nodes are "interior"
 * (all four cells around them in the city and clear of the river), so any two roads meet only at
 * shared nodes: the network is noded by construction. The river cuts every line except on bridges,
 * which are single edges from the last node on one bank to the first on the other. Outside the
 * urban radius only arterials and secondaries run; alleys are scattered in the old town.
 */
public final class RoadNetwork {
  /** Lines with index ≡ 8 (mod 16) that are arterials get a bridge where they meet the river. */
  private static final int BRIDGE_EVERY = 16;

  /** Runs are cut into separately named streets at along-line indices divisible by this. */
  private static final int STREET_CELLS = 24;

  private final Lattice lattice;
  private final boolean[] interior;
  private final int[] degree;
  private final List<Edge> edges;
  private final List<Street> streets;
  private final List<RoadSegment> segments;
  private final java.util.Map<Long, Edge> byNodes = new java.util.HashMap<>();

  RoadNetwork(
      Lattice lattice,
      boolean[] interior,
      int[] degree,
      List<Edge> edges,
      List<Street> streets,
      List<RoadSegment> segments) {
    this.lattice = lattice;
    this.interior = interior;
    this.degree = degree;
    this.edges = edges;
    this.streets = streets;
    this.segments = segments;
    for (Edge e : edges) {
      byNodes.put(key(e.a(), e.b()), e);
    }
  }

  private static long key(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /** The road edge between two lattice nodes, if any (either direction). */
  public java.util.Optional<Edge> edgeBetween(int a, int b) {
    return java.util.Optional.ofNullable(byNodes.get(key(a, b)));
  }

  public static RoadNetwork build(
      Lattice lattice, LocalPlane plane, River river, AdminModel admin, CitySpec spec, long seed) {
    int nx = lattice.nx();
    int ny = lattice.ny();
    boolean[] interior = new boolean[(nx + 1) * (ny + 1)];
    boolean[] wet = new boolean[interior.length];
    for (int j = 1; j < ny; j++) {
      for (int i = 1; i < nx; i++) {
        int k = lattice.index(i, j);
        boolean inCity =
            admin.communityOf((j - 1) * nx + i - 1) >= 0
                && admin.communityOf((j - 1) * nx + i) >= 0
                && admin.communityOf(j * nx + i - 1) >= 0
                && admin.communityOf(j * nx + i) >= 0;
        wet[k] = river.distanceToCentre(lattice.x(i, j), lattice.y(i, j)) < river.halfWidth() + 12;
        interior[k] = inCity && !wet[k];
      }
    }
    PreparedGeometry water = PreparedGeometryFactory.prepare(river.water());
    double cx = plane.x(CitySpec.CENTRE_LON);
    double cy = plane.y(CitySpec.CENTRE_LAT);
    double urban = spec.urbanRadiusKm() * 1000;
    Rng rng = Rng.of(seed, "roads");
    var builder = new StreetBuilder(lattice, admin, seed);
    // East-west lines (rows j), then north-south lines (columns i); along each line west→east or
    // south→north. present[] marks the edges leaving each node along the line.
    for (int pass = 0; pass < 2; pass++) {
      boolean eastWest = pass == 0;
      int lines = eastWest ? ny : nx;
      int steps = eastWest ? nx : ny;
      for (int line = 1; line < lines; line++) {
        Grade grade = Grade.ofLine(line);
        var run = new ArrayList<Integer>();
        for (int s = 0; s < steps; s++) {
          int a = eastWest ? lattice.index(s, line) : lattice.index(line, s);
          int b = eastWest ? lattice.index(s + 1, line) : lattice.index(line, s + 1);
          boolean cut = s % STREET_CELLS == 0 && !run.isEmpty();
          if (cut) {
            builder.run(run, grade, eastWest, line, false);
            run = new ArrayList<>();
          }
          if (present(lattice, interior, water, a, b, grade, urban, cx, cy, rng)) {
            if (run.isEmpty()) {
              run.add(a);
            }
            run.add(b);
            continue;
          }
          builder.run(run, grade, eastWest, line, false);
          run = new ArrayList<>();
          int end = bridgeEnd(interior, wet, lattice, eastWest, line, s, steps, grade, a, b);
          if (end >= 0) {
            var bridge = new ArrayList<Integer>(List.of(a, end));
            builder.run(bridge, grade, eastWest, line, true);
          }
        }
        builder.run(run, grade, eastWest, line, false);
      }
    }
    return builder.finish(interior, rng);
  }

  private static boolean present(
      Lattice lattice,
      boolean[] interior,
      PreparedGeometry water,
      int a,
      int b,
      Grade grade,
      double urban,
      double cx,
      double cy,
      Rng rng) {
    if (!interior[a] || !interior[b]) {
      return false;
    }
    int w = lattice.nx() + 1;
    double mx = (lattice.x(a % w, a / w) + lattice.x(b % w, b / w)) / 2;
    double my = (lattice.y(a % w, a / w) + lattice.y(b % w, b / w)) / 2;
    boolean inTown = Math.hypot(mx - cx, my - cy) < urban;
    // Draw for every edge, so the alley pattern does not depend on which edges were skipped.
    double draw = rng.nextDouble();
    boolean wanted =
        switch (grade) {
          case ARTERIAL, SECONDARY -> true;
          case BRANCH -> inTown;
          case ALLEY -> inTown && draw < 0.45;
        };
    if (!wanted) {
      return false;
    }
    var f = new GeometryFactory();
    LineString seg =
        f.createLineString(
            new Coordinate[] {lattice.node(a % w, a / w), lattice.node(b % w, b / w)});
    return !water.intersects(seg);
  }

  /**
   * When edge a→b ends in the river on a line that gets a bridge, the node on the far bank where
   * the bridge lands; else -1.
   */
  private static int bridgeEnd(
      boolean[] interior,
      boolean[] wet,
      Lattice lattice,
      boolean eastWest,
      int line,
      int s,
      int steps,
      Grade grade,
      int a,
      int b) {
    if (eastWest || grade != Grade.ARTERIAL || line % BRIDGE_EVERY != BRIDGE_EVERY / 2) {
      return -1;
    }
    if (!interior[a] || !wet[b]) {
      return -1;
    }
    for (int t = s + 2; t <= Math.min(steps, s + 8); t++) {
      int n = lattice.index(line, t);
      if (interior[n]) {
        return n;
      }
      if (!wet[n]) {
        return -1;
      }
    }
    return -1;
  }

  public Lattice lattice() {
    return lattice;
  }

  public List<Edge> edges() {
    return edges;
  }

  public List<Street> streets() {
    return streets;
  }

  public List<RoadSegment> segments() {
    return segments;
  }

  /** Number of road edges at a lattice node. */
  public int degree(int node) {
    return degree[node];
  }

  public boolean interior(int node) {
    return interior[node];
  }

  /** Node coordinates (plane metres) of a lattice node index. */
  public Coordinate node(int n) {
    int w = lattice.nx() + 1;
    return lattice.node(n % w, n / w);
  }

  /** Stable id of a lattice node as routing uses it, e.g. "N012_034" (i, j). */
  public String nodeId(int n) {
    int w = lattice.nx() + 1;
    return String.format("N%03d_%03d", n % w, n / w);
  }
}
