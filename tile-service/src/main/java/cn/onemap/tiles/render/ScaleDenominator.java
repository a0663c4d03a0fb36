package cn.onemap.tiles.render;

import cn.onemap.core.crs.CrsRegistry;
import org.locationtech.jts.geom.Envelope;

/**
 * The OGC scale denominator of a map: ground width / (pixels × 0.28 mm), as SLD's
 * Min/MaxScaleDenominator and WMS expect. For geographic CRSs a degree counts as 6378137·2π/360 m
 * (the equator), as GeoServer does, so the same request gives the same scale in both; this
 * overstates true ground distance by 1/cos(lat) (~10% at Meizhou's 24°N), a known OGC convention.
 */
public final class ScaleDenominator {
  /** The standardized rendering pixel of OGC SLD/SE and WMS 1.3: 0.28 mm. */
  public static final double PIXEL_SIZE_M = 0.00028;

  /** Metres per degree at the equator on the WGS84/CGCS2000 semi-major axis. */
  public static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360;

  private ScaleDenominator() {}

  public static double of(Envelope bbox, int widthPx, String crs) {
    boolean geographic = CrsRegistry.defaultRegistry().info(crs).isGeographic();
    double widthM = bbox.getWidth() * (geographic ? METRES_PER_DEGREE : 1);
    return widthM / (widthPx * PIXEL_SIZE_M);
  }
}
