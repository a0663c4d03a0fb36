package cn.onemap.sample.geo;

import cn.onemap.core.catalog.LayerDefinition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The generator's working plane: metres east (x) and north (y) of an origin, mapped to CGCS2000
 * lon/lat by a local equirectangular projection with the ellipsoid's radii of curvature at the
 * origin. Over the ~15 km of the central city its scale error is below 0.05%, far below what a
 * synthetic city needs; the point is that shared vertices map to identical coordinates, so tilings
 * stay exact. Output coordinates are rounded to 1e-8° (~1 mm) so text forms are short and stable.
 */
public final class LocalPlane {
  private static final double A = 6378137.0; // CGCS2000 semi-major axis
  private static final double F = 1 / 298.257222101;
  private static final double SCALE = 1e8;

  private final double lon0;
  private final double lat0;
  private final double metresPerDegLon;
  private final double metresPerDegLat;
  private final GeometryFactory factory =
      new GeometryFactory(new PrecisionModel(), LayerDefinition.STORAGE_SRID);

  public LocalPlane(double lon0, double lat0) {
    this.lon0 = lon0;
    this.lat0 = lat0;
    double e2 = F * (2 - F);
    double phi = StrictMath.toRadians(lat0);
    double s = StrictMath.sin(phi);
    double w = StrictMath.sqrt(1 - e2 * s * s);
    double meridional = A * (1 - e2) / (w * w * w);
    double primeVertical = A / w;
    this.metresPerDegLat = StrictMath.PI / 180 * meridional;
    this.metresPerDegLon = StrictMath.PI / 180 * primeVertical * StrictMath.cos(phi);
  }

  public double lon(double x) {
    return Math.rint((lon0 + x / metresPerDegLon) * SCALE) / SCALE;
  }

  public double lat(double y) {
    return Math.rint((lat0 + y / metresPerDegLat) * SCALE) / SCALE;
  }

  public double x(double lon) {
    return (lon - lon0) * metresPerDegLon;
  }

  public double y(double lat) {
    return (lat - lat0) * metresPerDegLat;
  }

  /** The factory of output geometries (SRID 4490). */
  public GeometryFactory factory() {
    return factory;
  }

  public Point point(double x, double y) {
    return factory.createPoint(new Coordinate(lon(x), lat(y)));
  }

  /** A CGCS2000 copy of a geometry in plane metres. */
  public Geometry toCgcs2000(Geometry local) {
    Geometry g = factory.createGeometry(local);
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, lon(seq.getX(i)));
            seq.setOrdinate(i, 1, lat(seq.getY(i)));
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return g;
  }

  /** A plane-metre copy of a CGCS2000 geometry. */
  public Geometry toPlane(Geometry cgcs2000) {
    Geometry g = new GeometryFactory().createGeometry(cgcs2000);
    g.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, 0, x(seq.getX(i)));
            seq.setOrdinate(i, 1, y(seq.getY(i)));
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return g;
  }
}
