package cn.onemap.core.crs;

import org.locationtech.jts.geom.Geometry;

/**
 * A ready-to-use transform between two supported CRSs, obtained from {@link
 * CrsRegistry#transform(String, String)} or {@link Transforms#get(String, String)}. Immutable and
 * thread-safe; cache it (the registry already does).
 *
 * <p>All coordinates are x = east/longitude, y = north/latitude in degrees or metres. Every call
 * first checks the source points (NaN/infinite → {@link InvalidCoordinateException}; far outside
 * the source's area of use → {@link OutsideAreaOfUseException}) and then the results against the
 * target's area of use. Z values of geometries are carried over unchanged. On an exception the
 * contents of a destination array are unspecified.
 */
public interface CoordinateTransform {

  /** The source CRS. */
  CrsInfo source();

  /** The target CRS. */
  CrsInfo target();

  /** Transforms one point, returning {x, y}. */
  double[] transform(double x, double y);

  /**
   * Transforms {@code numPoints} interleaved x,y points in bulk, without per-point allocation for
   * EPSG-to-EPSG transforms of one datum. {@code src} and {@code dst} may be the same array at the
   * same offset, or must not overlap.
   */
  void transform(double[] src, int srcOff, double[] dst, int dstOff, int numPoints);

  /** Transforms an interleaved x,y array into a new array. */
  default double[] transform(double[] xy) {
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException("interleaved x,y array of odd length " + xy.length);
    }
    double[] out = new double[xy.length];
    transform(xy, 0, out, 0, xy.length / 2);
    return out;
  }

  /**
   * Like {@link #transform(double[], int, double[], int, int)} but splits large inputs into blocks
   * run on the common fork-join pool (the calling thread joins in). Worth it from about 100 000
   * points; smaller inputs run on the calling thread.
   */
  void transformParallel(double[] src, int srcOff, double[] dst, int dstOff, int numPoints);

  /**
   * Returns a transformed copy of {@code g} whose SRID is the target's EPSG number (0 for GCJ-02,
   * BD-09 and local grids). A non-zero SRID on {@code g} must match the source, else {@link
   * CrsException} {@code SRID_MISMATCH}.
   */
  Geometry transform(Geometry g);

  /** The transform from target back to source. */
  CoordinateTransform inverse();

  /** True when coordinates pass through unchanged (e.g. EPSG:4326 → EPSG:4490). */
  boolean isIdentity();
}
