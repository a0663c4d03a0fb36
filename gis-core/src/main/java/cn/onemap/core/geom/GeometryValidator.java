package cn.onemap.core.geom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * OGC validity of geometries before they are stored. Reports the first problem with its location,
 * as JTS's {@link IsValidOp} finds it; {@link #repair} applies JTS's {@link GeometryFixer}, which
 * keeps all input vertices it can and never drops a whole valid component, and says whether
 * anything changed.
 */
public final class GeometryValidator {

  private GeometryValidator() {}

  /**
   * Throws {@link InvalidGeometryException} if the geometry is null, empty, has non-finite
   * ordinates or is invalid.
   */
  public static Geometry requireValid(Geometry geometry) {
    if (geometry == null || geometry.isEmpty()) {
      throw new InvalidGeometryException(
          "geometry is empty: a feature needs a location", "empty", null);
    }
    Coordinate nonFinite = firstNonFinite(geometry);
    if (nonFinite != null) {
      throw new InvalidGeometryException(
          "geometry has a non-finite coordinate " + nonFinite, "non-finite coordinate", nonFinite);
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw new InvalidGeometryException(
          geometry.getGeometryType()
              + " is not valid: "
              + error.getMessage()
              + (at == null ? "" : " at (" + at.x + " " + at.y + ")")
              + "; fix the geometry (e.g. split a self-intersecting ring) and try again",
          error.getMessage(),
          at);
    }
    return geometry;
  }

  /** A repaired geometry and whether repairing changed it. */
  public record Repair(Geometry geometry, boolean changed, String problem) {}

  /**
   * Repairs an invalid geometry where that is safe (self-intersections, wrong ring orientation,
   * repeated points); throws if the repair would leave nothing or change the geometry type family
   * (e.g. a polygon collapsing to a line), since that is no longer the feature the surveyor drew.
   */
  public static Repair repair(Geometry geometry) {
    if (geometry == null || geometry.isEmpty() || firstNonFinite(geometry) != null) {
      requireValid(geometry);
    }
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return new Repair(geometry, false, "");
    }
    Geometry fixed = GeometryFixer.fix(geometry);
    fixed.setSRID(geometry.getSRID());
    if (fixed.isEmpty() || fixed.getDimension() != geometry.getDimension()) {
      throw new InvalidGeometryException(
          geometry.getGeometryType() + " cannot be repaired safely: " + error.getMessage(),
          error.getMessage(),
          error.getCoordinate());
    }
    return new Repair(fixed, true, error.getMessage());
  }

  private static Coordinate firstNonFinite(Geometry geometry) {
    var finder = new NonFiniteFinder();
    geometry.apply(finder);
    return finder.found;
  }

  private static final class NonFiniteFinder implements CoordinateSequenceFilter {
    private Coordinate found;

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double x = seq.getX(i);
      double y = seq.getY(i);
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        found = new Coordinate(x, y);
      }
    }

    @Override
    public boolean isDone() {
      return found != null;
    }

    @Override
    public boolean isGeometryChanged() {
      return false;
    }
  }
}
