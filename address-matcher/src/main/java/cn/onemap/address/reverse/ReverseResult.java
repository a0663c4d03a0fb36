package cn.onemap.address.reverse;

import cn.onemap.address.Position;
import java.util.List;

/**
 * What is at a point: the nearest standard addresses within the radius, nearest first, and the
 * admin units and unit grid containing the point, coarse to fine.
 *
 * @param point the point asked about (CGCS2000 lon/lat)
 * @param radiusMetres the search radius
 * @param nearest standard addresses within the radius, nearest first
 * @param containing county, town, community and unit grid containing the point (those found)
 */
public record ReverseResult(
    Position point,
    double radiusMetres,
    List<NearbyAddress> nearest,
    List<ContainingUnit> containing) {
  public ReverseResult {
    nearest = List.copyOf(nearest);
    containing = List.copyOf(containing);
  }
}
