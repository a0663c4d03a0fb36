package cn.onemap.sample.pipes;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.River;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lays a drainage network as gravity sewers: a forest of trees draining to roots at the river.
 *
 * <ul>
 *   <li>Roots: 雨水 gets an outlet (出水口) on the bank next to every road node that faces the river; 污水
 *       ends in an interceptor well (截流井) at those nodes (the interceptor along the bank, to the
 *       treatment plant, is not modelled). A part of the network that reaches no river drains to
 *       its lowest point (an outfall to a ditch, or an interceptor).
 *   <li>Each point drains along the shortest path to a root; a road link where two catchments meet
 *       carries no pipe (the watershed).
 *   <li>Inverts start at ground minus a smooth nominal depth and are then lowered, from the top of
 *       each tree down, so every pipe falls by at least {@value #MIN_SLOPE} per metre: invert
 *       elevations strictly decrease along every segment, and at a manhole the outgoing invert is
 *       never above an incoming one (they are equal: no drop manholes).
 *   <li>Diameters grow with the number of manholes upstream (DN300 … DN1200).
 * </ul>
 */
final class Drainage {
  static final double MIN_SLOPE = 0.003;

  private Drainage() {}

  static PipeNetwork lay(
      CityModel city,
      PipeKind kind,
      List<PipeNetwork.Point> points,
      List<PipeNetwork.Segment> chain,
      int[] nodePoint) {
    Lattice lattice = city.lattice();
    River river = city.river();
    int w = lattice.nx() + 1;
    var roots = new ArrayList<Integer>();
    var extra = new ArrayList<PipeNetwork.Segment>();
    for (int n = 0; n < nodePoint.length; n++) {
      int p = nodePoint[n];
      if (p < 0) {
        continue;
      }
      int i = n % w;
      int j = n / w;
      int[][] around = {{i, j - 1}, {i, j + 1}, {i - 1, j}, {i + 1, j}};
      for (int[] q : around) {
        if (q[0] < 0 || q[1] < 0 || q[0] >= w || q[1] > lattice.ny()) {
          continue;
        }
        double qx = lattice.x(q[0], q[1]);
        double qy = lattice.y(q[0], q[1]);
        if (river.distanceToCentre(qx, qy) >= river.halfWidth() + 12) {
          continue;
        }
        PipeNetwork.Point node = points.get(p);
        if (kind == PipeKind.YS) {
          double[] bank = bank(river, node.x(), node.y(), qx + kind.dx(), qy + kind.dy());
          int outlet = points.size();
          points.add(
              PipeNetwork.point(
                  city,
                  kind,
                  outlet,
                  bank[0] - kind.dx(),
                  bank[1] - kind.dy(),
                  PointKind.OUTLET,
                  node.street()));
          extra.add(new PipeNetwork.Segment(p, outlet, 0, "", 2008, node.street()));
          roots.add(outlet);
        } else {
          points.set(p, withKind(node, PointKind.INTERCEPTOR));
          roots.add(p);
        }
        break;
      }
    }
    int size = points.size();
    List<List<int[]>> adj = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      adj.add(new ArrayList<>(4));
    }
    List<PipeNetwork.Segment> links = new ArrayList<>(chain);
    links.addAll(extra);
    for (int s = 0; s < links.size(); s++) {
      adj.get(links.get(s).from()).add(new int[] {links.get(s).to(), s});
      adj.get(links.get(s).to()).add(new int[] {links.get(s).from(), s});
    }
    double[] dist = new double[size];
    int[] parentLink = new int[size];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(parentLink, -1);
    var queue =
        new PriorityQueue<double[]>(
            (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    for (int r : roots) {
      dist[r] = 0;
      queue.add(new double[] {0, r});
    }
    int scan = 0;
    while (true) {
      while (!queue.isEmpty()) {
        double[] top = queue.poll();
        int u = (int) top[1];
        if (top[0] > dist[u]) {
          continue;
        }
        for (int[] nb : adj.get(u)) {
          PipeNetwork.Point a = points.get(u);
          PipeNetwork.Point b = points.get(nb[0]);
          double d = dist[u] + Math.hypot(a.x() - b.x(), a.y() - b.y());
          if (d < dist[nb[0]]) {
            dist[nb[0]] = d;
            parentLink[nb[0]] = nb[1];
            queue.add(new double[] {d, nb[0]});
          }
        }
      }
      while (scan < size && dist[scan] != Double.POSITIVE_INFINITY) {
        scan++;
      }
      if (scan == size) {
        break;
      }
      int lowest = lowestOfComponent(scan, adj, points);
      PointKind rootKind = kind == PipeKind.YS ? PointKind.OUTLET : PointKind.INTERCEPTOR;
      points.set(lowest, withKind(points.get(lowest), rootKind));
      dist[lowest] = 0;
      queue.add(new double[] {0, lowest});
    }
    Integer[] order = new Integer[size];
    for (int k = 0; k < size; k++) {
      order[k] = k;
    }
    // Upstream first: larger distance to the root first, ties by index.
    Arrays.sort(
        order,
        (a, b) -> dist[a] != dist[b] ? Double.compare(dist[b], dist[a]) : Integer.compare(a, b));
    double[] invert = new double[size];
    int[] upstream = new int[size];
    for (int k = 0; k < size; k++) {
      PipeNetwork.Point p = points.get(k);
      double nominal = 1.6 + 0.5 * StrictMath.sin(p.x() / 700.0) * StrictMath.cos(p.y() / 900.0);
      invert[k] = p.ground() - nominal - (kind == PipeKind.WS ? 0.4 : 0);
    }
    var segments = new ArrayList<PipeNetwork.Segment>();
    for (int u : order) {
      upstream[u]++;
      int link = parentLink[u];
      if (link < 0) {
        continue;
      }
      PipeNetwork.Segment s = links.get(link);
      int parent = s.from() == u ? s.to() : s.from();
      PipeNetwork.Point a = points.get(u);
      PipeNetwork.Point b = points.get(parent);
      double len = Math.hypot(a.x() - b.x(), a.y() - b.y());
      invert[u] = Math.rint(invert[u] * 1000) / 1000;
      invert[parent] = Math.min(invert[parent], invert[u] - Math.max(0.01, MIN_SLOPE * len));
      upstream[parent] += upstream[u];
      segments.add(
          new PipeNetwork.Segment(u, parent, diameter(upstream[u]), "", s.year(), s.street()));
    }
    var finished = new ArrayList<PipeNetwork.Point>(size);
    for (int k = 0; k < size; k++) {
      PipeNetwork.Point p = points.get(k);
      finished.add(
          new PipeNetwork.Point(
              k,
              p.x(),
              p.y(),
              p.kind(),
              p.ground(),
              Math.rint(invert[k] * 1000) / 1000,
              p.street()));
    }
    segments.sort(
        (a, b) ->
            a.from() != b.from()
                ? Integer.compare(a.from(), b.from())
                : Integer.compare(a.to(), b.to()));
    return new PipeNetwork(kind, List.copyOf(finished), List.copyOf(segments));
  }

  private static PipeNetwork.Point withKind(PipeNetwork.Point p, PointKind kind) {
    return new PipeNetwork.Point(p.index(), p.x(), p.y(), kind, p.ground(), p.invert(), p.street());
  }

  private static int diameter(int upstream) {
    int[][] steps = {{8, 300}, {25, 400}, {60, 500}, {150, 600}, {400, 800}, {1000, 1000}};
    for (int[] s : steps) {
      if (upstream <= s[0]) {
        return s[1];
      }
    }
    return 1200;
  }

  /** The point of segment p→q (pipe offsets included) where the water starts, by bisection. */
  private static double[] bank(River river, double px, double py, double qx, double qy) {
    double lo = 0;
    double hi = 1;
    for (int k = 0; k < 30; k++) {
      double mid = (lo + hi) / 2;
      if (river.distanceToBank(px + mid * (qx - px), py + mid * (qy - py)) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return new double[] {px + lo * (qx - px), py + lo * (qy - py)};
  }

  private static int lowestOfComponent(
      int start, List<List<int[]>> adj, List<PipeNetwork.Point> points) {
    boolean[] seen = new boolean[points.size()];
    var stack = new ArrayList<Integer>();
    stack.add(start);
    seen[start] = true;
    int best = start;
    while (!stack.isEmpty()) {
      int u = stack.remove(stack.size() - 1);
      if (points.get(u).ground() < points.get(best).ground()
          || (points.get(u).ground() == points.get(best).ground() && u < best)) {
        best = u;
      }
      for (int[] nb : adj.get(u)) {
        if (!seen[nb[0]]) {
          seen[nb[0]] = true;
          stack.add(nb[0]);
        }
      }
    }
    return best;
  }
}
