package cn.onemap.workflow.patrol;

import cn.onemap.core.crs.GkZone;
import cn.onemap.core.crs.Measurements;
import cn.onemap.core.crs.Transforms;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The part of a unit grid that patrols saw: grid ∩ (tracks buffered by the patrol visibility
 * radius), and its share of the grid's area. Computed in metres on the Gauss-Krüger 3° plane of the
 * grid's zone ({@link Measurements#zoneFor}), where a 25 m radius is 25 m in every direction
 * (buffering in degrees would stretch it east–west by 1/cos φ, 10% at 24°N); the covered part is
 * brought back to CGCS2000 lon/lat for display.
 *
 * <p>All tracks are buffered as one multi-line, so a street walked twice counts once. Round caps
 * and joins use {@link #QUADRANT_SEGMENTS} segments per quarter circle (an inscribed 64-gon: its
 * area is 0.16% under the true circle's).
 */
public final class CoverageOp {
  /** Default patrol visibility radius: what a grid manager sees on either side, metres. */
  public static final double DEFAULT_RADIUS_METRES = 25;

  static final int QUADRANT_SEGMENTS = 16;
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4490);

  private CoverageOp() {}

  /**
   * Coverage of a grid (CGCS2000 polygon) by tracks (CGCS2000 lines).
   *
   * @param grid the grid's code, carried into the result
   */
  public static Coverage coverage(
      String grid, Geometry grid4490, List<LineString> tracks4490, double radiusMetres) {
    if (grid4490 == null || grid4490.isEmpty() || grid4490.getDimension() != 2) {
      throw new IllegalArgumentException("grid " + grid + " needs a polygon, not " + grid4490);
    }
    if (!(radiusMetres > 0) || radiusMetres > 1000) {
      throw new IllegalArgumentException(
          "the visibility radius must be in (0, 1000] m, not " + radiusMetres);
    }
    GkZone zone = Measurements.zoneFor(grid4490);
    var toPlane = Transforms.get("EPSG:4490", zone.cgcs2000Code());
    Geometry gridPlane = toPlane.transform(grid4490);
    LineString[] lines =
        tracks4490.stream().map(t -> (LineString) toPlane.transform(t)).toArray(LineString[]::new);
    Geometry coveredPlane = onPlane(gridPlane, lines, radiusMetres);
    double gridArea = gridPlane.getArea();
    double coveredArea = coveredPlane.getArea();
    Geometry covered =
        coveredPlane.isEmpty()
            ? LON_LAT.createPolygon()
            : Transforms.get(zone.cgcs2000Code(), "EPSG:4490").transform(coveredPlane);
    covered.setSRID(4490);
    return new Coverage(
        grid,
        gridArea > 0 ? Math.min(1, coveredArea / gridArea) : 0,
        gridArea,
        coveredArea,
        covered,
        tracks4490.size());
  }

  /** The covered part of a grid, all in one plane's metres (the hand-checkable core). */
  static Geometry onPlane(Geometry gridPlane, LineString[] tracksPlane, double radiusMetres) {
    GeometryFactory factory = gridPlane.getFactory();
    if (tracksPlane.length == 0) {
      return factory.createPolygon();
    }
    Geometry lines = factory.createMultiLineString(tracksPlane);
    Geometry seen = BufferOp.bufferOp(lines, radiusMetres, new BufferParameters(QUADRANT_SEGMENTS));
    Geometry covered = gridPlane.intersection(seen);
    if (covered.getDimension() < 2) {
      return factory.createPolygon();
    }
    return covered;
  }
}
