package cn.onemap.sample.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The 梅江 through the central city: a smoothed centreline running west to east (x strictly
 * increasing, so "north bank" is simply y above the centreline) and a water polygon of constant
 * width around it. The course is synthetic: it follows the real river's general line through the
 * old town (the river meanders from the south-west past 江南 and 金山 to the north-east) but not its
 * banks.
 *
 * <p>Offsets are built from unit normals (square roots only, no trigonometry) so the polygon is the
 * same on every JVM; a centreline whose bends are gentler than the half width keeps it simple.
 */
public final class River {
  /** Control points of the centreline, CGCS2000 lon/lat, west to east. */
  private static final double[][] COURSE = {
    {116.000, 24.262}, {116.040, 24.266}, {116.070, 24.279}, {116.095, 24.2860},
    {116.112, 24.2858}, {116.128, 24.2885}, {116.145, 24.2950}, {116.165, 24.3020},
    {116.190, 24.3180}, {116.240, 24.3320}
  };

  public static final String NAME = "梅江";
  private final double halfWidth;
  private final double[] cx;
  private final double[] cy;
  private final Polygon water;

  public River(LocalPlane plane, double halfWidth) {
    this.halfWidth = halfWidth;
    List<double[]> pts = new ArrayList<>();
    for (double[] p : COURSE) {
      pts.add(new double[] {plane.x(p[0]), plane.y(p[1])});
    }
    for (int round = 0; round < 4; round++) {
      pts = chaikin(pts);
    }
    cx = new double[pts.size()];
    cy = new double[pts.size()];
    for (int k = 0; k < pts.size(); k++) {
      cx[k] = pts.get(k)[0];
      cy[k] = pts.get(k)[1];
    }
    water = buildPolygon();
  }

  /** Corner-cutting keeps the first and last point, so the river still crosses the whole area. */
  private static List<double[]> chaikin(List<double[]> in) {
    List<double[]> out = new ArrayList<>();
    out.add(in.get(0));
    for (int k = 0; k + 1 < in.size(); k++) {
      double[] a = in.get(k);
      double[] b = in.get(k + 1);
      out.add(new double[] {0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]});
      out.add(new double[] {0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]});
    }
    out.add(in.get(in.size() - 1));
    return out;
  }

  private Polygon buildPolygon() {
    int n = cx.length;
    Coordinate[] ring = new Coordinate[2 * n + 1];
    for (int k = 0; k < n; k++) {
      int a = Math.max(0, k - 1);
      int b = Math.min(n - 1, k + 1);
      double dx = cx[b] - cx[a];
      double dy = cy[b] - cy[a];
      double len = Math.sqrt(dx * dx + dy * dy);
      double nxv = -dy / len;
      double nyv = dx / len;
      ring[k] = new Coordinate(cx[k] - nxv * halfWidth, cy[k] - nyv * halfWidth);
      ring[2 * n - 1 - k] = new Coordinate(cx[k] + nxv * halfWidth, cy[k] + nyv * halfWidth);
    }
    ring[2 * n] = ring[0];
    return new GeometryFactory().createPolygon(ring);
  }

  /** The water surface in plane metres. */
  public Polygon water() {
    return water;
  }

  public LineString centreline() {
    Coordinate[] c = new Coordinate[cx.length];
    for (int k = 0; k < c.length; k++) {
      c[k] = new Coordinate(cx[k], cy[k]);
    }
    return new GeometryFactory().createLineString(c);
  }

  public double halfWidth() {
    return halfWidth;
  }

  /** The centreline's y at x (plane metres). */
  public double centreY(double x) {
    if (x <= cx[0]) {
      return cy[0];
    }
    for (int k = 1; k < cx.length; k++) {
      if (x <= cx[k]) {
        double t = (x - cx[k - 1]) / (cx[k] - cx[k - 1]);
        return cy[k - 1] + t * (cy[k] - cy[k - 1]);
      }
    }
    return cy[cx.length - 1];
  }

  public boolean northOf(double x, double y) {
    return y > centreY(x);
  }

  /** Distance in metres from the centreline. */
  public double distanceToCentre(double x, double y) {
    double best = Double.MAX_VALUE;
    for (int k = 1; k < cx.length; k++) {
      double ax = cx[k - 1];
      double ay = cy[k - 1];
      double dx = cx[k] - ax;
      double dy = cy[k] - ay;
      double t = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy);
      t = Math.max(0, Math.min(1, t));
      double ex = ax + t * dx - x;
      double ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
    return Math.sqrt(best);
  }

  /** Distance from the nearer bank, 0 on the water. */
  public double distanceToBank(double x, double y) {
    return Math.max(0, distanceToCentre(x, y) - halfWidth);
  }
}
