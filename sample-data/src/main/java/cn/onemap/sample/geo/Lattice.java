package cn.onemap.sample.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The skeleton of the city: a lattice of nodes about {@code cell} metres apart (plane metres), bent
 * by a smooth warp and a small per-node jitter so that streets are not ruler-straight. Lattice
 * lines are where streets may run; lattice cells (convex quadrilaterals between four nodes) are the
 * blocks that build unit grids, communities and towns, so those tile without gaps by construction.
 *
 * <p>Node (i, j) is the i-th from the west and j-th from the south; cell (i, j) has node (i, j) as
 * its south-west corner. The warp moves nodes by at most ~30 m and the jitter by at most 12 m, so
 * every cell stays convex.
 */
public final class Lattice {
  private final int nx;
  private final int ny;
  private final double[] xs;
  private final double[] ys;
  private final GeometryFactory planeFactory = new GeometryFactory();

  /**
   * @param width extent in metres east of the origin
   * @param height extent in metres north of the origin
   */
  public Lattice(double width, double height, double cell, long seed) {
    this.nx = (int) Math.floor(width / cell);
    this.ny = (int) Math.floor(height / cell);
    this.xs = new double[(nx + 1) * (ny + 1)];
    this.ys = new double[xs.length];
    Rng rng = Rng.of(seed, "lattice");
    for (int j = 0; j <= ny; j++) {
      for (int i = 0; i <= nx; i++) {
        double x = i * cell;
        double y = j * cell;
        // A smooth warp (the same formula everywhere) bends whole streets; the jitter does not.
        double wx = 22 * StrictMath.sin(y / 1700.0 + 0.7) + 8 * StrictMath.sin(x / 900.0);
        double wy = 18 * StrictMath.sin(x / 1900.0 + 1.3) + 6 * StrictMath.cos(y / 800.0);
        int k = index(i, j);
        xs[k] = x + wx + rng.between(-12, 12);
        ys[k] = y + wy + rng.between(-12, 12);
      }
    }
  }

  /** Number of cells west to east. */
  public int nx() {
    return nx;
  }

  /** Number of cells south to north. */
  public int ny() {
    return ny;
  }

  public int index(int i, int j) {
    return j * (nx + 1) + i;
  }

  public double x(int i, int j) {
    return xs[index(i, j)];
  }

  public double y(int i, int j) {
    return ys[index(i, j)];
  }

  public Coordinate node(int i, int j) {
    return new Coordinate(x(i, j), y(i, j));
  }

  /** The cell's quadrilateral in plane metres, counter-clockwise from its south-west corner. */
  public Polygon cell(int i, int j) {
    return planeFactory.createPolygon(
        new Coordinate[] {
          node(i, j), node(i + 1, j), node(i + 1, j + 1), node(i, j + 1), node(i, j)
        });
  }

  /** Cell centre x (mean of its corners). */
  public double cellX(int i, int j) {
    return (x(i, j) + x(i + 1, j) + x(i + 1, j + 1) + x(i, j + 1)) / 4;
  }

  public double cellY(int i, int j) {
    return (y(i, j) + y(i + 1, j) + y(i + 1, j + 1) + y(i, j + 1)) / 4;
  }

  /**
   * The point of cell (i, j) at bilinear parameters (u, v) in [0, 1]²: (0, 0) is the south-west
   * corner, (1, 1) the north-east. Lines of constant u or v are straight, so a parameter rectangle
   * maps to a convex quadrilateral inside the cell.
   */
  public Coordinate at(int i, int j, double u, double v) {
    double x =
        (1 - u) * (1 - v) * x(i, j)
            + u * (1 - v) * x(i + 1, j)
            + u * v * x(i + 1, j + 1)
            + (1 - u) * v * x(i, j + 1);
    double y =
        (1 - u) * (1 - v) * y(i, j)
            + u * (1 - v) * y(i + 1, j)
            + u * v * y(i + 1, j + 1)
            + (1 - u) * v * y(i, j + 1);
    return new Coordinate(x, y);
  }

  /** Whether the point (plane metres) lies in cell (i, j) (boundary included). */
  public boolean cellContains(int i, int j, double px, double py) {
    int[][] corners = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
    for (int c = 0; c < 4; c++) {
      int[] a = corners[c];
      int[] b = corners[(c + 1) % 4];
      double ax = x(a[0], a[1]);
      double ay = y(a[0], a[1]);
      double cross = (x(b[0], b[1]) - ax) * (py - ay) - (y(b[0], b[1]) - ay) * (px - ax);
      if (cross < 0) {
        return false;
      }
    }
    return true;
  }
}
