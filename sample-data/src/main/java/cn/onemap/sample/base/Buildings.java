package cn.onemap.sample.base;

import cn.onemap.sample.CitySpec;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.River;
import cn.onemap.sample.geo.Rng;
import cn.onemap.sample.grid.UnitGrids;
import cn.onemap.sample.roads.RoadNetwork;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Building footprints and residential compounds (小区). Buildings stand inside lattice cells, set
 * back from every road on the cell's sides by half the road's width plus {@value #SETBACK} m, so
 * they never overlap a road; cells touching the river get none. In the old town a cell is either a
 * compound of 4–6 residential towers or a block of shops and offices; elsewhere it holds up to
 * three village houses.
 */
public final class Buildings {
  static final double SETBACK = 5;
  private static final String[] COMPOUND_WORDS = {
    "金利", "嘉应", "富奇", "华侨", "江南", "梅江", "碧桂", "锦绣", "翠竹", "丽景", "御景", "东湖",
    "书香", "阳光", "新城", "客都", "梅园", "金山", "月梅", "凌风", "鸿都", "芙蓉", "桂园", "泮湖",
    "龙腾", "金穗", "银河", "怡乐", "彩虹", "明珠", "文华", "学府", "滨江", "江景", "半岛", "名门"
  };
  private static final String[] COMPOUND_SUFFIXES = {
    "花园", "苑", "小区", "新村", "华庭", "家园", "雅居", "名都", "豪庭", "公寓", "山庄", "广场"
  };

  private final List<Building> buildings;
  private final List<Compound> compounds;

  private Buildings(List<Building> buildings, List<Compound> compounds) {
    this.buildings = buildings;
    this.compounds = compounds;
  }

  public static Buildings build(
      CitySpec spec,
      LocalPlane plane,
      Lattice lattice,
      River river,
      AdminModel admin,
      RoadNetwork roads,
      UnitGrids grids) {
    int nx = lattice.nx();
    double cx = plane.x(CitySpec.CENTRE_LON);
    double cy = plane.y(CitySpec.CENTRE_LAT);
    double urbanRadius = spec.urbanRadiusKm() * 1000;
    var buildings = new ArrayList<Building>();
    var compounds = new ArrayList<Compound>();
    Rng rng = Rng.of(CitySpec.SEED, "buildings");
    int nameSeq = 0;
    // Buildings numbered so far per grid (looked up, never iterated: order cannot leak).
    var perGrid = new java.util.HashMap<String, Integer>();
    for (int c = 0; c < nx * lattice.ny(); c++) {
      int grid = grids.gridOfCell(c);
      if (grid < 0) {
        continue;
      }
      int i = c % nx;
      int j = c / nx;
      double x = lattice.cellX(i, j);
      double y = lattice.cellY(i, j);
      // Draw the same numbers for every cell, so one cell's layout never shifts another's.
      Rng cellRng = Rng.of(CitySpec.SEED, "cell", c);
      rng.nextDouble();
      if (river.distanceToBank(x, y) < 90) {
        continue;
      }
      double[] m = margins(lattice, roads, i, j);
      boolean urban =
          Math.hypot(x - cx, y - cy) < urbanRadius
              && admin.communities().get(admin.communityOf(c)).urban();
      String gridCode = grids.grids().get(grid).code();
      int first = buildings.size();
      var block = new Block(buildings, perGrid, lattice, i, j, m, cellRng, gridCode, c);
      if (urban && cellRng.chance(0.45)) {
        int cols = cellRng.intBetween(2, 3);
        String name =
            COMPOUND_WORDS[nameSeq % COMPOUND_WORDS.length]
                + COMPOUND_SUFFIXES[(nameSeq / COMPOUND_WORDS.length) % COMPOUND_SUFFIXES.length]
                + (nameSeq >= COMPOUND_WORDS.length * COMPOUND_SUFFIXES.length
                    ? (nameSeq / (COMPOUND_WORDS.length * COMPOUND_SUFFIXES.length) + 1) + "期"
                    : "");
        nameSeq++;
        int index = compounds.size();
        int n = 0;
        for (int row = 0; row < 2; row++) {
          for (int col = 0; col < cols; col++) {
            n++;
            int floors = cellRng.intBetween(8, 30);
            block.add(row, 2, col, cols, floors, "住宅", index, n);
          }
        }
        compounds.add(new Compound(index, name, c, first, n));
      } else if (urban) {
        String[] uses = {"商业", "办公", "公共服务", "商业"};
        for (int col = 0; col < 2; col++) {
          for (int row = 0; row < 2; row++) {
            if (cellRng.chance(0.8)) {
              block.add(row, 2, col, 2, cellRng.intBetween(3, 12), cellRng.pick(uses), -1, 0);
            }
          }
        }
      } else {
        for (int slot = 0; slot < 9; slot++) {
          if (cellRng.chance(0.25)) {
            block.add(slot / 3, 3, slot % 3, 3, cellRng.intBetween(2, 4), "农村住房", -1, 0);
          }
        }
      }
    }
    return new Buildings(List.copyOf(buildings), List.copyOf(compounds));
  }

  /** Places footprints in one cell: slot (row, col) of a rows × cols layout inside the margins. */
  private record Block(
      List<Building> out,
      java.util.Map<String, Integer> perGrid,
      Lattice lattice,
      int i,
      int j,
      double[] m,
      Rng rng,
      String gridCode,
      int cell) {

    void add(int row, int rows, int col, int cols, int floors, String use, int compound, int no) {
      double du = (1 - m[0] - m[1]) / cols;
      double dv = (1 - m[2] - m[3]) / rows;
      double u0 = m[0] + du * (col + rng.between(0.12, 0.25));
      double u1 = m[0] + du * (col + 1 - rng.between(0.12, 0.25));
      double v0 = m[2] + dv * (row + rng.between(0.12, 0.25));
      double v1 = m[2] + dv * (row + 1 - rng.between(0.12, 0.25));
      Coordinate[] corners = {
        lattice.at(i, j, u0, v0),
        lattice.at(i, j, u1, v0),
        lattice.at(i, j, u1, v1),
        lattice.at(i, j, u0, v1)
      };
      int inGrid = perGrid.merge(gridCode, 1, Integer::sum);
      String code = gridCode + String.format("%03d", inGrid);
      out.add(
          new Building(code, cell, corners, floors, use, compound, no, rng.intBetween(1985, 2024)));
    }
  }

  /**
   * Parameter margins (west, east, south, north) of a cell that keep buildings clear of the roads
   * on its sides: half the road width plus the setback, measured along the shorter opposite side
   * with 15% to spare for skewed cells.
   */
  static double[] margins(Lattice lattice, RoadNetwork roads, int i, int j) {
    return margins(lattice, roads, i, j, SETBACK);
  }

  /** As {@link #margins(Lattice, RoadNetwork, int, int)} with another setback (metres). */
  static double[] margins(Lattice lattice, RoadNetwork roads, int i, int j, double setback) {
    int sw = lattice.index(i, j);
    int se = lattice.index(i + 1, j);
    int ne = lattice.index(i + 1, j + 1);
    int nw = lattice.index(i, j + 1);
    double west = halfWidth(roads, sw, nw) + setback;
    double east = halfWidth(roads, se, ne) + setback;
    double south = halfWidth(roads, sw, se) + setback;
    double north = halfWidth(roads, nw, ne) + setback;
    double widthEw =
        Math.min(roads.node(sw).distance(roads.node(se)), roads.node(nw).distance(roads.node(ne)));
    double heightNs =
        Math.min(roads.node(sw).distance(roads.node(nw)), roads.node(se).distance(roads.node(ne)));
    return new double[] {
      1.15 * west / widthEw, 1.15 * east / widthEw, 1.15 * south / heightNs, 1.15 * north / heightNs
    };
  }

  private static double halfWidth(RoadNetwork roads, int a, int b) {
    return roads.edgeBetween(a, b).map(e -> e.grade().width() / 2).orElse(0.0);
  }

  public List<Building> buildings() {
    return buildings;
  }

  public List<Compound> compounds() {
    return compounds;
  }
}
