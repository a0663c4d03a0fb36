package cn.onemap.ogc.gml;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.CrsCodes;
import cn.onemap.core.crs.CrsInfo;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.crs.UnknownCrsException;
import cn.onemap.ogc.ows.ServiceException;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A CRS as a client spelled it, with the axis order its coordinates have on the wire.
 *
 * <p>Rules (those of GeoServer and of GDAL/OWSLib as clients): geographic CRSs named by URN or http
 * URI ({@code urn:ogc:def:crs:EPSG::4490}) are latitude,longitude; {@code CRS84} is
 * longitude,latitude; the short form {@code EPSG:4490} is latitude,longitude in WFS 2.0 and
 * longitude,latitude in WFS 1.x, except {@code EPSG:4326} which is always read as CRS84 (what
 * clients sending it mean). Projected systems (Gauss-Krüger zones, Web Mercator) are always
 * easting,northing. The Java side is always x = east.
 *
 * @param code canonical code ({@code EPSG:4548}, {@code CRS:84})
 * @param yx whether the wire order is latitude,longitude (y first)
 * @param srsName the spelling to write into responses (a URN when {@code yx}, so GDAL reads it the
 *     same way)
 */
public record WireCrs(String code, boolean yx, String srsName) {
  public static final String STORAGE_CODE = "EPSG:" + LayerDefinition.STORAGE_SRID;
  public static final String CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  /** The storage CRS as WFS 2.0 / 1.1 advertise it: urn, latitude first. */
  public static WireCrs storage() {
    return new WireCrs(STORAGE_CODE, true, "urn:ogc:def:crs:EPSG::4490");
  }

  /**
   * Parses a client's spelling.
   *
   * @param wfs2 true for WFS 2.0 rules, false for WFS 1.x
   * @param locator parameter name reported when the CRS is unknown or unsupported
   */
  public static WireCrs parse(String text, boolean wfs2, String locator) {
    String code;
    CrsInfo info;
    try {
      code = CrsCodes.canonical(text);
      info = CrsRegistry.defaultRegistry().info(code);
    } catch (UnknownCrsException e) {
      throw ServiceException.invalid(locator, "unsupported CRS '" + text + "': " + e.getMessage());
    }
    if (info.epsgNumber().isEmpty()) {
      throw ServiceException.invalid(locator, "CRS '" + text + "' cannot be used on the wire");
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (code.equals("CRS:84") || lower.equals("epsg:4326")) {
      return new WireCrs(code.equals("CRS:84") ? "CRS:84" : "EPSG:4326", false, CRS84_URI);
    }
    int n = info.epsgNumber().getAsInt();
    if (!info.isGeographic()) {
      return new WireCrs(code, false, "urn:ogc:def:crs:EPSG::" + n);
    }
    boolean shortForm = lower.startsWith("epsg:") || lower.matches("[0-9]+");
    boolean yx = wfs2 || !shortForm;
    return new WireCrs(code, yx, yx ? "urn:ogc:def:crs:EPSG::" + n : "EPSG:" + n);
  }

  /** OGC API Features (Part 2): http URIs; EPSG axis order, CRS84 lon/lat. */
  public static WireCrs parseUri(String text, String locator) {
    WireCrs c = parse(text, true, locator);
    if (c.code.equals("CRS:84") || c.code.equals("EPSG:4326") && !c.yx) {
      return new WireCrs("CRS:84", false, CRS84_URI);
    }
    String n = c.code.substring("EPSG:".length());
    return new WireCrs(c.code, c.yx, "http://www.opengis.net/def/crs/EPSG/0/" + n);
  }

  public boolean isStorage() {
    return code.equals(STORAGE_CODE) || code.equals("CRS:84") || code.equals("EPSG:4326");
  }

  /** Storage (4490, x = lon) → this CRS, still x = east (swap happens in the writer). */
  public Geometry fromStorage(Geometry g) {
    return isStorage() ? g : Transforms.get(STORAGE_CODE, code).transform(g);
  }

  /** A geometry read from the wire (already in x = east order) → storage CRS. */
  public Geometry toStorage(Geometry g) {
    Geometry out = isStorage() ? g.copy() : Transforms.get(code, STORAGE_CODE).transform(g);
    out.setSRID(LayerDefinition.STORAGE_SRID);
    return out;
  }

  /** A box read from the wire (x = east) → a storage box. */
  public Envelope toStorage(Envelope e) {
    if (isStorage()) {
      return e;
    }
    var gf = new org.locationtech.jts.geom.GeometryFactory();
    return Transforms.get(code, STORAGE_CODE).transform(gf.toGeometry(e)).getEnvelopeInternal();
  }

  /** Swaps x and y in place (for geometries read in y,x wire order). */
  public static Geometry swap(Geometry g) {
    g.apply(
        (CoordinateFilter)
            (Coordinate c) -> {
              double t = c.x;
              c.x = c.y;
              c.y = t;
            });
    g.geometryChanged();
    return g;
  }
}
