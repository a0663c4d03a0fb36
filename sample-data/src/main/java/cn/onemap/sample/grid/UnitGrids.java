package cn.onemap.sample.grid;

import cn.onemap.sample.CitySpec;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.geo.Lattice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Unit grids of every community: blocks of k × k lattice cells (≈ 100·k m square, following the
 * lattice lines that streets run on), cut by the community boundary. k is the smallest size that
 * keeps a community within the 99 grids its 2-digit sequence allows: 1 (≈ 10,000 m², a 万米单元网格) in
 * the old town, larger in big villages. Grids therefore tile their community exactly.
 *
 * <p>Numbering: rows of blocks from north to south, west to east within a row, 01–99.
 */
public final class UnitGrids {
  static final int MAX_PER_COMMUNITY = 99;

  private final Lattice lattice;
  private final List<UnitGrid> grids;
  private final int[] cellGrid;

  private UnitGrids(Lattice lattice, List<UnitGrid> grids, int[] cellGrid) {
    this.lattice = lattice;
    this.grids = grids;
    this.cellGrid = cellGrid;
  }

  public static UnitGrids build(Lattice lattice, AdminModel admin) {
    int nx = lattice.nx();
    int[] cellGrid = new int[nx * lattice.ny()];
    Arrays.fill(cellGrid, -1);
    List<UnitGrid> grids = new ArrayList<>();
    for (AdminModel.Unit community : admin.communities()) {
      int k = 1;
      Map<Long, List<Integer>> blocks;
      do {
        blocks = blocks(community.cells(), nx, k);
        k++;
      } while (blocks.size() > MAX_PER_COMMUNITY);
      int size = k - 1;
      int seq = 0;
      for (List<Integer> cells : blocks.values()) {
        seq++;
        int[] cs = cells.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Polygon> quads = new ArrayList<>();
        for (int c : cs) {
          quads.add(lattice.cell(c % nx, c / nx));
          cellGrid[c] = grids.size();
        }
        grids.add(
            new UnitGrid(
                grids.size(),
                community.code() + String.format("%02d", seq),
                community.index(),
                cs,
                CascadedPolygonUnion.union(quads),
                size));
      }
    }
    return new UnitGrids(lattice, List.copyOf(grids), cellGrid);
  }

  /**
   * Cells grouped by k × k block, keyed so that iteration runs north→south, then west→east (the
   * numbering order).
   */
  private static Map<Long, List<Integer>> blocks(int[] cells, int nx, int k) {
    Map<Long, List<Integer>> blocks = new TreeMap<>();
    for (int c : cells) {
      long row = c / nx / k;
      long col = c % nx / k;
      long key = (Integer.MAX_VALUE - row) << 32 | col;
      blocks.computeIfAbsent(key, x -> new ArrayList<>()).add(c);
    }
    return blocks;
  }

  public List<UnitGrid> grids() {
    return grids;
  }

  /** The grid of lattice cell k, or -1 outside the city. */
  public int gridOfCell(int cell) {
    return cellGrid[cell];
  }

  /** The lattice cell containing a point (plane metres), if inside the city. */
  public OptionalInt cellAt(double x, double y) {
    int i0 = (int) Math.floor(x / CitySpec.CELL);
    int j0 = (int) Math.floor(y / CitySpec.CELL);
    for (int dj = -1; dj <= 1; dj++) {
      for (int di = -1; di <= 1; di++) {
        int i = i0 + di;
        int j = j0 + dj;
        if (i >= 0 && j >= 0 && i < lattice.nx() && j < lattice.ny()) {
          int c = j * lattice.nx() + i;
          if (cellGrid[c] >= 0 && lattice.cellContains(i, j, x, y)) {
            return OptionalInt.of(c);
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /** The grid containing a point (plane metres), if inside the city. */
  public OptionalInt gridAt(double x, double y) {
    OptionalInt cell = cellAt(x, y);
    return cell.isPresent() ? OptionalInt.of(cellGrid[cell.getAsInt()]) : OptionalInt.empty();
  }
}
