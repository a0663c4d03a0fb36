package cn.onemap.sample.base;

import org.locationtech.jts.geom.Coordinate;

/**
 * A building footprint inside one lattice cell.
 *
 * @param code 建筑物编码: the 14-digit code of its unit grid + a 3-digit number within the grid
 * @param cell lattice cell index
 * @param corners four corners counter-clockwise (plane metres), a convex quadrilateral
 * @param floors storeys above ground
 * @param use 住宅, 商业, 办公, 公共服务 or 农村住房
 * @param compound index of its compound (小区) in {@link Buildings#compounds()}, or -1
 * @param numberInCompound 1-based 栋 number within its compound (0 when not in one)
 * @param year year built
 */
public record Building(
    String code,
    int cell,
    Coordinate[] corners,
    int floors,
    String use,
    int compound,
    int numberInCompound,
    int year) {

  public double centreX() {
    return (corners[0].x + corners[1].x + corners[2].x + corners[3].x) / 4;
  }

  public double centreY() {
    return (corners[0].y + corners[1].y + corners[2].y + corners[3].y) / 4;
  }
}
