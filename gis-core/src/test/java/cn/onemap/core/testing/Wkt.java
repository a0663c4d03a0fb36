package cn.onemap.core.testing;

import cn.onemap.core.geom.GeometryCodec;
import org.locationtech.jts.geom.Geometry;

/** Inline WKT for tests, in CGCS2000. */
public final class Wkt {
  private static final GeometryCodec CODEC = GeometryCodec.cgcs2000();

  private Wkt() {}

  public static Geometry read(String wkt) {
    return CODEC.fromWkt(wkt);
  }

  /**
   * A point near the centre of Meizhou's central city, offset by metres-ish steps (1e-4 degree ≈ 10
   * m).
   */
  public static Geometry meizhouPoint(double dx, double dy) {
    return read("POINT (" + (116.1 + dx) + " " + (24.3 + dy) + ")");
  }
}
