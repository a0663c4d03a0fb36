package cn.onemap.sample.admin;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.River;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Splits the lattice cells into districts (by the real county outlines), towns (cells nearest to
 * each town's anchor on the same bank of the river) and communities (a k-d split of each town's
 * cells into as many parts as it has communities, the parts nearest the centre getting the 社区 and
 * the outer ones the 村).
 *
 * <p>A town only partly inside the generated area keeps as many of its communities as fit with at
 * least {@value #MIN_CELLS_PER_COMMUNITY} cells each, 社区 before 村 and by code; the others are left
 * out.
 */
public final class AdminPartition {
  static final int MIN_CELLS_PER_COMMUNITY = 4;

  /** Crossing the river to reach a town's anchor counts as this many extra metres. */
  private static final double OTHER_BANK_PENALTY = 2500;

  private AdminPartition() {}

  public static AdminModel partition(
      Lattice lattice,
      LocalPlane plane,
      River river,
      Divisions divisions,
      CountyOutlines outlines,
      CitySpec spec) {
    int nx = lattice.nx();
    int ny = lattice.ny();
    PreparedGeometry meijiang = prepared(outlines, "441402", plane);
    PreparedGeometry meixian = outlines.fromPackage() ? prepared(outlines, "441403", plane) : null;
    Map<String, double[]> seeds = seeds(plane);
    double cx = plane.x(CitySpec.CENTRE_LON);
    double cy = plane.y(CitySpec.CENTRE_LAT);

    // cell -> town code
    Map<String, List<Integer>> townCells = new TreeMap<>();
    var factory = new org.locationtech.jts.geom.GeometryFactory();
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        double x = lattice.cellX(i, j);
        double y = lattice.cellY(i, j);
        var centre = factory.createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
        String county;
        if (meijiang.contains(centre)) {
          county = "441402";
        } else if (meixian == null || meixian.contains(centre)) {
          county = "441403";
        } else {
          continue;
        }
        boolean north = river.northOf(x, y);
        String best = null;
        double bestCost = Double.MAX_VALUE;
        for (var e : seeds.entrySet()) {
          if (!e.getKey().startsWith(county)) {
            continue;
          }
          double[] s = e.getValue();
          double cost = Math.hypot(s[0] - x, s[1] - y);
          if (river.northOf(s[0], s[1]) != north) {
            cost += OTHER_BANK_PENALTY;
          }
          if (cost < bestCost) {
            bestCost = cost;
            best = e.getKey();
          }
        }
        townCells
            .computeIfAbsent(Objects.requireNonNull(best), k -> new ArrayList<>())
            .add(j * nx + i);
      }
    }

    int[] cellCommunity = new int[nx * ny];
    Arrays.fill(cellCommunity, -1);
    List<AdminModel.Unit> communities = new ArrayList<>();
    List<AdminModel.Unit> towns = new ArrayList<>();
    List<AdminModel.Unit> districts = new ArrayList<>();
    Map<String, List<Integer>> districtTowns = new TreeMap<>();
    for (var e : townCells.entrySet()) {
      Division town = divisions.require(e.getKey());
      List<Integer> cells = e.getValue();
      List<Division> members = divisions.children(town.code());
      members.sort(
          Comparator.comparing((Division d) -> !d.isUrbanCommunity())
              .thenComparing(Division::code));
      int n = Math.max(1, Math.min(members.size(), cells.size() / MIN_CELLS_PER_COMMUNITY));
      List<List<Integer>> groups = new ArrayList<>();
      kdSplit(cells, n, nx, groups);
      groups.sort(
          Comparator.comparingDouble((List<Integer> g) -> distance(g, lattice, nx, cx, cy)));
      int townIndex = towns.size();
      int firstCommunity = communities.size();
      for (int g = 0; g < groups.size(); g++) {
        Division member = members.get(g);
        int[] gc = groups.get(g).stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int c : gc) {
          cellCommunity[c] = communities.size();
        }
        communities.add(
            new AdminModel.Unit(
                member,
                communities.size(),
                townIndex,
                gc,
                union(lattice, gc, nx),
                member.isUrbanCommunity()));
      }
      int[] tc = cells.stream().mapToInt(Integer::intValue).sorted().toArray();
      List<Geometry> parts = new ArrayList<>();
      for (int c = firstCommunity; c < communities.size(); c++) {
        parts.add(communities.get(c).outline());
      }
      String county = town.parent();
      int countyIndex = districtIndex(districtTowns, county);
      towns.add(
          new AdminModel.Unit(
              town, townIndex, countyIndex, tc, CascadedPolygonUnion.union(parts), false));
      districtTowns.get(county).add(townIndex);
    }
    for (var e : districtTowns.entrySet()) {
      List<Geometry> parts = new ArrayList<>();
      List<Integer> cells = new ArrayList<>();
      for (int t : e.getValue()) {
        parts.add(towns.get(t).outline());
        for (int c : towns.get(t).cells()) {
          cells.add(c);
        }
      }
      districts.add(
          new AdminModel.Unit(
              divisions.require(e.getKey()),
              districts.size(),
              -1,
              cells.stream().mapToInt(Integer::intValue).sorted().toArray(),
              CascadedPolygonUnion.union(parts),
              false));
    }
    return new AdminModel(
        List.copyOf(districts), List.copyOf(towns), List.copyOf(communities), cellCommunity);
  }

  /** Districts are numbered in code order (TreeMap), which is also the order towns arrive in. */
  private static int districtIndex(Map<String, List<Integer>> districtTowns, String county) {
    if (!districtTowns.containsKey(county)) {
      districtTowns.put(county, new ArrayList<>());
    }
    int index = 0;
    for (String k : districtTowns.keySet()) {
      if (k.equals(county)) {
        return index;
      }
      index++;
    }
    throw new IllegalStateException(county);
  }

  /**
   * Splits cells into n groups of near-equal size by halving along the longer side of their index
   * box, recursively (a k-d split keeps groups compact).
   */
  static void kdSplit(List<Integer> cells, int n, int nx, List<List<Integer>> out) {
    if (n <= 1) {
      out.add(cells);
      return;
    }
    int minI = Integer.MAX_VALUE;
    int maxI = Integer.MIN_VALUE;
    int minJ = Integer.MAX_VALUE;
    int maxJ = Integer.MIN_VALUE;
    for (int c : cells) {
      minI = Math.min(minI, c % nx);
      maxI = Math.max(maxI, c % nx);
      minJ = Math.min(minJ, c / nx);
      maxJ = Math.max(maxJ, c / nx);
    }
    boolean alongI = maxI - minI >= maxJ - minJ;
    List<Integer> sorted = new ArrayList<>(cells);
    Comparator<Integer> byI = Comparator.comparingInt((Integer c) -> c % nx);
    Comparator<Integer> byJ = Comparator.comparingInt((Integer c) -> c / nx);
    sorted.sort(alongI ? byI.thenComparing(byJ) : byJ.thenComparing(byI));
    int left = n / 2;
    int cut = (int) ((long) sorted.size() * left / n);
    kdSplit(sorted.subList(0, cut), left, nx, out);
    kdSplit(sorted.subList(cut, sorted.size()), n - left, nx, out);
  }

  private static double distance(List<Integer> cells, Lattice lattice, int nx, double x, double y) {
    double sx = 0;
    double sy = 0;
    for (int c : cells) {
      sx += lattice.cellX(c % nx, c / nx);
      sy += lattice.cellY(c % nx, c / nx);
    }
    return Math.hypot(sx / cells.size() - x, sy / cells.size() - y);
  }

  static Geometry union(Lattice lattice, int[] cells, int nx) {
    List<Polygon> quads = new ArrayList<>(cells.length);
    for (int c : cells) {
      quads.add(lattice.cell(c % nx, c / nx));
    }
    return CascadedPolygonUnion.union(quads);
  }

  private static PreparedGeometry prepared(CountyOutlines outlines, String code, LocalPlane plane) {
    Geometry g =
        outlines
            .outline(code)
            .orElseThrow(() -> new IllegalStateException("no outline for county " + code));
    return PreparedGeometryFactory.prepare(plane.toPlane(g));
  }

  /** Town anchors in plane metres, by code. */
  static Map<String, double[]> seeds(LocalPlane plane) {
    var seeds = new TreeMap<String, double[]>();
    var in = AdminPartition.class.getResourceAsStream("/cn/onemap/sample/town-seeds.tsv");
    try (var reader =
        new BufferedReader(
            new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        seeds.put(
            f[0],
            new double[] {plane.x(Double.parseDouble(f[1])), plane.y(Double.parseDouble(f[2]))});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seeds;
  }
}
