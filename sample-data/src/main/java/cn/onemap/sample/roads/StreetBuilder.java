package cn.onemap.sample.roads;

import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.Rng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns runs of road edges into named streets, edges and road segments. Names are given per lattice
 * line (one stem per line, runs told apart by direction or number); alleys take the name of the
 * street they leave plus a number (凌风路三巷); bridges are named …大桥.
 */
final class StreetBuilder {
  private record Run(
      List<Integer> nodes, Grade grade, boolean eastWest, int line, boolean bridge) {}

  private final Lattice lattice;
  private final AdminModel admin;
  private final StreetNames names;
  private final long seed;
  private final List<Run> runs = new ArrayList<>();

  StreetBuilder(Lattice lattice, AdminModel admin, long seed) {
    this.lattice = lattice;
    this.admin = admin;
    this.names = new StreetNames(seed);
    this.seed = seed;
  }

  void run(List<Integer> nodes, Grade grade, boolean eastWest, int line, boolean bridge) {
    if (nodes.size() >= 2) {
      runs.add(new Run(List.copyOf(nodes), grade, eastWest, line, bridge));
    }
  }

  RoadNetwork finish(boolean[] interior, Rng rng) {
    String[] runNames = new String[runs.size()];
    // Streets first: runs per line in order, so a line's runs are numbered west→east/south→north.
    Map<Long, List<Integer>> byLine = new TreeMap<>();
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      if (!run.bridge() && run.grade() != Grade.ALLEY) {
        long key = (run.eastWest() ? 0L : 1L << 32) | run.line();
        byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    Map<Integer, String> streetAtNode = new HashMap<>();
    for (List<Integer> lineRuns : byLine.values()) {
      // Up to three consecutive runs share a stem (江南西路, 江南中路, 江南东路); then a new one.
      String stem = null;
      for (int k = 0; k < lineRuns.size(); k++) {
        int r = lineRuns.get(k);
        Run run = runs.get(r);
        if (k % 3 == 0) {
          stem = names.stem(run.grade());
        }
        int inGroup = Math.min(3, lineRuns.size() - k / 3 * 3);
        runNames[r] = StreetNames.name(stem, run.grade(), run.eastWest(), k % 3, inGroup);
        for (int n : run.nodes()) {
          streetAtNode.putIfAbsent(n, runNames[r]);
        }
      }
    }
    Map<String, Integer> alleysOf = new HashMap<>();
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      if (run.bridge()) {
        runNames[r] = names.bridge();
      } else if (run.grade() == Grade.ALLEY) {
        String parent = null;
        for (int k = 0; k < run.nodes().size() && parent == null; k++) {
          parent = streetAtNode.get(run.nodes().get(k));
        }
        if (parent == null) {
          parent = names.stem(Grade.BRANCH) + "里";
        }
        int n = alleysOf.merge(parent, 1, Integer::sum);
        runNames[r] = parent + StreetNames.number(n) + "巷";
      }
    }
    return assemble(runNames, interior, rng);
  }

  private RoadNetwork assemble(String[] runNames, boolean[] interior, Rng rng) {
    int[] degree = new int[interior.length];
    for (Run run : runs) {
      for (int k = 1; k < run.nodes().size(); k++) {
        degree[run.nodes().get(k - 1)]++;
        degree[run.nodes().get(k)]++;
      }
    }
    List<Edge> edges = new ArrayList<>();
    List<Street> streets = new ArrayList<>();
    List<RoadSegment> segments = new ArrayList<>();
    Map<String, Integer> perCounty = new TreeMap<>();
    Rng oneWay = Rng.of(seed, "one-way");
    for (int r = 0; r < runs.size(); r++) {
      Run run = runs.get(r);
      int[] nodes = run.nodes().stream().mapToInt(Integer::intValue).toArray();
      String county = countyOf(nodes[0], run.eastWest());
      int seq = perCounty.merge(county, 1, Integer::sum);
      if (seq > 9999) {
        throw new IllegalStateException("more than 9999 streets in county " + county);
      }
      int index = streets.size();
      streets.add(
          new Street(
              index,
              county + String.format("%04d", seq),
              runNames[r],
              run.grade(),
              run.bridge(),
              county,
              nodes,
              run.eastWest()));
      for (int k = 1; k < nodes.length; k++) {
        edges.add(new Edge(edges.size(), nodes[k - 1], nodes[k], run.grade(), run.bridge(), index));
      }
      int start = 0;
      for (int k = 1; k < nodes.length; k++) {
        if (k == nodes.length - 1 || degree[nodes[k]] >= 3) {
          int[] part = java.util.Arrays.copyOfRange(nodes, start, k + 1);
          double p = oneWay.nextDouble();
          boolean flip = oneWay.nextDouble() < 0.5;
          boolean isOneWay =
              run.grade() == Grade.ALLEY ? p < 0.4 : run.grade() == Grade.BRANCH && p < 0.1;
          if (isOneWay && flip) {
            reverse(part);
          }
          segments.add(
              new RoadSegment(String.format("R%06d", segments.size() + 1), index, part, isOneWay));
          start = k;
        }
      }
    }
    return new RoadNetwork(
        lattice, interior, degree, List.copyOf(edges), List.copyOf(streets), List.copyOf(segments));
  }

  private static void reverse(int[] a) {
    for (int l = 0, h = a.length - 1; l < h; l++, h--) {
      int t = a[l];
      a[l] = a[h];
      a[h] = t;
    }
  }

  /** District of the cell north of (east-west) or east of (north-south) the street's first node. */
  private String countyOf(int node, boolean eastWest) {
    int w = lattice.nx() + 1;
    int i = node % w;
    int j = node / w;
    int cell = eastWest ? j * lattice.nx() + i : j * lattice.nx() + i;
    int community = admin.communityOf(cell);
    if (community < 0) {
      throw new IllegalStateException("street starts outside the city at node " + i + "," + j);
    }
    AdminModel.Unit town = admin.towns().get(admin.communities().get(community).parentIndex());
    return admin.districts().get(town.parentIndex()).code();
  }
}
