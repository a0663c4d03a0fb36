package cn.onemap.core.crs;

import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;

/** Computes the accepted box of an EPSG or offset CRS; see {@link AreaOfUse} for the margins. */
final class AreaOfUseFactory {
  /** Samples per edge of the lon/lat box; enough to catch the bulge of a projected border. */
  private static final int SAMPLES = 64;

  private AreaOfUseFactory() {}

  static AreaOfUse build(CrsInfo info, CrsRegistry registry) {
    LonLatEnvelope area = info.areaOfUse();
    if (info.isGeographic()) {
      LonLatEnvelope e = area.expandBy(AreaOfUse.MARGIN_DEGREES);
      return new AreaOfUse(info, e.minLon(), e.maxLon(), e.minLat(), e.maxLat());
    }
    double lonMargin =
        info.gkZone().isPresent() ? AreaOfUse.GK_LON_MARGIN_DEGREES : AreaOfUse.MARGIN_DEGREES;
    LonLatEnvelope e =
        new LonLatEnvelope(
            Math.max(-180, area.minLon() - lonMargin),
            Math.min(180, area.maxLon() + lonMargin),
            Math.max(-89, area.minLat() - AreaOfUse.MARGIN_DEGREES),
            Math.min(89, area.maxLat() + AreaOfUse.MARGIN_DEGREES));
    String geographic = TransformPlanner.geographicOf(info.datum());
    MathTransform mt = registry.mathTransform(geographic, info.code());
    // border samples, plus the central meridian where northings peak for Gauss-Krüger
    double[] pts = new double[2 * (5 * SAMPLES + 5)];
    int n = 0;
    double cm = info.centralMeridian().orElse((e.minLon() + e.maxLon()) / 2);
    for (int i = 0; i <= SAMPLES; i++) {
      double f = (double) i / SAMPLES;
      double lon = e.minLon() + f * (e.maxLon() - e.minLon());
      double lat = e.minLat() + f * (e.maxLat() - e.minLat());
      n = put(pts, n, lon, e.minLat());
      n = put(pts, n, lon, e.maxLat());
      n = put(pts, n, e.minLon(), lat);
      n = put(pts, n, e.maxLon(), lat);
      n = put(pts, n, cm, lat);
    }
    try {
      mt.transform(pts, 0, pts, 0, n);
    } catch (TransformException ex) {
      throw new TransformFailedException(geographic, info.code(), "area of use: " + ex, ex);
    }
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, pts[2 * i]);
      maxX = Math.max(maxX, pts[2 * i]);
      minY = Math.min(minY, pts[2 * i + 1]);
      maxY = Math.max(maxY, pts[2 * i + 1]);
    }
    return new AreaOfUse(info, minX, maxX, minY, maxY);
  }

  private static int put(double[] pts, int n, double x, double y) {
    pts[2 * n] = x;
    pts[2 * n + 1] = y;
    return n + 1;
  }
}
