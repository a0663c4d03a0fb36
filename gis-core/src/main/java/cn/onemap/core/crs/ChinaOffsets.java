package cn.onemap.core.crs;

/**
 * The public formulas of the commercial-map offsets: WGS 84 → GCJ-02 ("Mars coordinates", used by
 * AMap and Tencent) and GCJ-02 → BD-09 (Baidu), and their inverses. Points are (lon, lat) in
 * degrees.
 *
 * <p>The forward formulas are the widely published ones (Krassowsky constants a = 6378245, e² =
 * 0.00669342162296594323). Points outside the rough China box used by those formulas
 * (72.004..137.8347E, 0.8293..55.8271N) are returned unchanged by the GCJ-02 offset. The inverses
 * have no closed form: they are solved by fixed-point iteration x ← x + (target − f(x)), which
 * converges because the offset varies slowly (its Jacobian differs from the identity by less than
 * 1e-3); we iterate until the residual is below 1e-10° (~0.01 mm), at most {@value #MAX_ITERATIONS}
 * times.
 *
 * <p>CGCS2000 is treated as WGS 84 here: the two agree to well under 1 m in mainland China, and
 * GCJ-02 data itself is no better than a few metres.
 */
public final class ChinaOffsets {
  static final int MAX_ITERATIONS = 30;
  private static final double TOLERANCE = 1e-10;
  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;

  private ChinaOffsets() {}

  /** True when the GCJ-02 offset does not apply to (lon, lat). */
  public static boolean outOfChina(double lon, double lat) {
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
  }

  /** WGS 84 (≈ CGCS2000) → GCJ-02, as a new {lon, lat} array. */
  public static double[] wgs84ToGcj02(double lon, double lat) {
    double[] p = {lon, lat};
    wgs84ToGcj02(p, 0, p, 0);
    return p;
  }

  /** GCJ-02 → WGS 84 (≈ CGCS2000) by iteration, as a new {lon, lat} array. */
  public static double[] gcj02ToWgs84(double lon, double lat) {
    double[] p = {lon, lat};
    gcj02ToWgs84(p, 0, p, 0, new double[4]);
    return p;
  }

  /** GCJ-02 → BD-09, as a new {lon, lat} array. */
  public static double[] gcj02ToBd09(double lon, double lat) {
    double[] p = {lon, lat};
    gcj02ToBd09(p, 0, p, 0);
    return p;
  }

  /** BD-09 → GCJ-02 by iteration, as a new {lon, lat} array. */
  public static double[] bd09ToGcj02(double lon, double lat) {
    double[] p = {lon, lat};
    bd09ToGcj02(p, 0, p, 0, new double[4]);
    return p;
  }

  /** In-place capable: reads src[so], src[so+1], writes dst[d], dst[d+1]. */
  static void wgs84ToGcj02(double[] src, int so, double[] dst, int d) {
    double lon = src[so];
    double lat = src[so + 1];
    if (outOfChina(lon, lat)) {
      dst[d] = lon;
      dst[d + 1] = lat;
      return;
    }
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = offsetLat(x, y);
    double dLon = offsetLon(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    dst[d] = lon + dLon;
    dst[d + 1] = lat + dLat;
  }

  static void gcj02ToBd09(double[] src, int so, double[] dst, int d) {
    double x = src[so];
    double y = src[so + 1];
    double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
    dst[d] = z * Math.cos(theta) + 0.0065;
    dst[d + 1] = z * Math.sin(theta) + 0.006;
  }

  /** Scratch must hold 4 doubles; passing it in keeps bulk loops free of allocation. */
  static void gcj02ToWgs84(double[] src, int so, double[] dst, int d, double[] scratch) {
    if (outOfChina(src[so], src[so + 1])) {
      dst[d] = src[so];
      dst[d + 1] = src[so + 1];
      return;
    }
    invert(src, so, dst, d, false, scratch);
  }

  static void bd09ToGcj02(double[] src, int so, double[] dst, int d, double[] scratch) {
    invert(src, so, dst, d, true, scratch);
  }

  /** Fixed-point inverse of the GCJ-02 (bd = false) or BD-09 (bd = true) forward formula. */
  private static void invert(
      double[] src, int so, double[] dst, int d, boolean bd, double[] scratch) {
    double targetLon = src[so];
    double targetLat = src[so + 1];
    // scratch[0..1] = current guess, scratch[2..3] = forward image of the guess
    scratch[0] = targetLon;
    scratch[1] = targetLat;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      if (bd) {
        gcj02ToBd09(scratch, 0, scratch, 2);
      } else {
        wgs84ToGcj02(scratch, 0, scratch, 2);
      }
      double ex = targetLon - scratch[2];
      double ey = targetLat - scratch[3];
      scratch[0] += ex;
      scratch[1] += ey;
      if (Math.abs(ex) < TOLERANCE && Math.abs(ey) < TOLERANCE) {
        dst[d] = scratch[0];
        dst[d + 1] = scratch[1];
        return;
      }
    }
    throw new IllegalStateException(
        (bd ? "BD-09" : "GCJ-02")
            + " inverse did not converge at ("
            + targetLon
            + ", "
            + targetLat
            + ")");
  }

  private static double offsetLat(double x, double y) {
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double offsetLon(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret +=
        (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}
