package cn.onemap.ogc.wms;

import cn.onemap.core.crs.CrsInfo;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.UnknownCrsException;
import cn.onemap.ogc.gml.AxisConvention;
import cn.onemap.ogc.gml.WireCrs;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRS of a WMS request and the axis order of its BBOX on the wire.
 *
 * <p>WMS 1.3.0 (§6.7.3.3) writes BBOX and BoundingBox in the CRS's own axis order: EPSG geographic
 * systems (4490, 4326) are latitude,longitude, {@code CRS:84} is longitude,latitude, and the
 * Chinese Gauss-Krüger zones (4491–4554 and the Xian 80 / Beijing 54 ones) are defined by EPSG as
 * northing,easting, so they are northing first too (as GeoServer, GDAL and QGIS do); Web Mercator
 * is easting,northing. WMS 1.1.1 is always x = east, y = north. The Java side is always x = east.
 * The rule is the one of every service here: {@link AxisConvention#EPSG} for 1.3.0, {@link
 * AxisConvention#XY} for 1.1.1.
 *
 * @param code canonical code ({@code EPSG:4548}, {@code CRS:84})
 * @param renderCode the code handed to the renderer ({@code EPSG:4326} for CRS:84)
 * @param yx whether the wire order is north first
 * @param geographic degrees rather than metres
 */
public record WmsCrs(String code, String renderCode, boolean yx, boolean geographic) {
  /** The systems advertised in capabilities, storage CRS first. */
  public static final List<String> ADVERTISED =
      List.of("EPSG:4490", "EPSG:4326", "CRS:84", "EPSG:3857", "EPSG:4547", "EPSG:4548");

  /**
   * Parses a CRS (1.3.0) or SRS (1.1.1) value.
   *
   * @throws cn.onemap.ogc.ows.ServiceException InvalidCRS (1.3.0) / InvalidSRS (1.1.1)
   */
  public static WmsCrs parse(String text, String version) {
    boolean v13 = isV13(version);
    WireCrs wire;
    CrsInfo info;
    try {
      wire = WireCrs.parse(text, v13 ? AxisConvention.EPSG : AxisConvention.XY, "crs");
      info = CrsRegistry.defaultRegistry().info(wire.code());
    } catch (cn.onemap.ogc.ows.ServiceException e) {
      throw invalid(text, v13, e.getMessage());
    } catch (UnknownCrsException e) {
      throw invalid(text, v13, e.getMessage());
    }
    boolean crs84 = wire.code().equals("CRS:84");
    return new WmsCrs(
        wire.code(), crs84 ? "EPSG:4326" : wire.code(), wire.yx(), info.isGeographic());
  }

  /** This CRS for a version (the axis order differs). */
  public static WmsCrs of(String code, String version) {
    return parse(code, version);
  }

  static boolean isV13(String version) {
    return version.startsWith("1.3");
  }

  /** The wire BBOX (4 numbers in wire axis order) as an x = east envelope. */
  public Envelope fromWire(double[] b) {
    return yx ? new Envelope(b[1], b[3], b[0], b[2]) : new Envelope(b[0], b[2], b[1], b[3]);
  }

  /** An x = east envelope as wire minx, miny, maxx, maxy. */
  public double[] toWire(Envelope e) {
    return yx
        ? new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()}
        : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
  }

  private static cn.onemap.ogc.ows.ServiceException invalid(String text, boolean v13, String why) {
    return WmsErrors.of(
        v13 ? WmsErrors.INVALID_CRS : WmsErrors.INVALID_SRS,
        v13 ? "crs" : "srs",
        "unsupported CRS '" + WmsErrors.abbreviate(text) + "': " + why);
  }
}
