package cn.onemap.ogc.gml;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.CrsCodes;
import cn.onemap.core.crs.CrsInfo;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.crs.UnknownCrsException;
import cn.onemap.ogc.ows.ServiceException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A CRS as a client spelled it, with the axis order its coordinates have on the wire (see {@link
 * AxisConvention} for the one rule every service follows). The Java side is always x = east.
 *
 * @param code canonical code ({@code EPSG:4548}, {@code CRS:84})
 * @param yx whether the wire order is north first (latitude,longitude or northing,easting)
 * @param srsName the spelling to write into WFS responses: a URN when {@code yx} (so GDAL and
 *     OWSLib read the order back the same way), {@code EPSG:n} for the x/y short form
 */
public record WireCrs(String code, boolean yx, String srsName) {
  public static final String STORAGE_CODE = "EPSG:" + LayerDefinition.STORAGE_SRID;
  public static final String CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final GeometryFactory GF = new GeometryFactory();

  /** The storage CRS as WFS 2.0 / 1.1 advertise it: urn, latitude first. */
  public static WireCrs storage() {
    return new WireCrs(STORAGE_CODE, true, "urn:ogc:def:crs:EPSG::4490");
  }

  /** CRS84: longitude,latitude, the OGC API default. */
  public static WireCrs crs84() {
    return new WireCrs("CRS:84", false, CRS84_URI);
  }

  /**
   * Parses a client's spelling under a protocol's convention.
   *
   * @param locator parameter name reported when the CRS is unknown or unsupported
   */
  public static WireCrs parse(String text, AxisConvention convention, String locator) {
    String code;
    CrsInfo info;
    try {
      code = CrsCodes.canonical(text);
      info = CrsRegistry.defaultRegistry().info(code);
    } catch (UnknownCrsException e) {
      throw ServiceException.invalid(locator, "unsupported CRS '" + text + "': " + e.getMessage());
    }
    if (code.equals("CRS:84")) {
      return crs84();
    }
    if (info.epsgNumber().isEmpty()) {
      throw ServiceException.invalid(locator, "CRS '" + text + "' cannot be used on the wire");
    }
    int n = info.epsgNumber().getAsInt();
    boolean epsgOrder =
        switch (convention) {
          case EPSG -> true;
          case SHORT_EPSG_XY -> AxisConvention.isUrnOrUri(text);
          case XY -> false;
        };
    boolean yx = epsgOrder && northFirst(info);
    return new WireCrs(code, yx, yx || !isShort(text) ? "urn:ogc:def:crs:EPSG::" + n : code);
  }

  /** OGC API Features (Part 2): http URIs; EPSG axis order, CRS84 lon/lat. */
  public static WireCrs parseUri(String text, String locator) {
    WireCrs c = parse(text, AxisConvention.EPSG, locator);
    if (c.code.equals("CRS:84")) {
      return c;
    }
    String n = c.code.substring("EPSG:".length());
    return new WireCrs(c.code, c.yx, "http://www.opengis.net/def/crs/EPSG/0/" + n);
  }

  /**
   * Whether EPSG defines the system north first: geographic systems (latitude,longitude) and the
   * Chinese Gauss-Krüger zones (northing,easting). Web Mercator and the like are easting first.
   */
  public static boolean northFirst(CrsInfo info) {
    return info.isGeographic() || info.gkZone().isPresent();
  }

  private static boolean isShort(String text) {
    return !AxisConvention.isUrnOrUri(text);
  }

  /**
   * The same CRS read easting/longitude first whatever its spelling (WFS 1.0.0, whose GML 2
   * coordinates are always x,y, as GeoServer reads them).
   */
  public WireCrs eastFirst() {
    return yx ? new WireCrs(code, false, srsName) : this;
  }

  public boolean isStorage() {
    return code.equals(STORAGE_CODE) || code.equals("CRS:84") || code.equals("EPSG:4326");
  }

  /** The four wire numbers (minx,miny,maxx,maxy in wire order) as an x = east box. */
  public Envelope fromWire(double[] b) {
    return yx ? new Envelope(b[1], b[3], b[0], b[2]) : new Envelope(b[0], b[2], b[1], b[3]);
  }

  /** An x = east box as the four wire numbers. */
  public double[] toWire(Envelope e) {
    return yx
        ? new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()}
        : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
  }

  /** Storage (4490, x = lon) → this CRS, still x = east (swap happens in the writer). */
  public Geometry fromStorage(Geometry g) {
    return isStorage() ? g : Transforms.get(STORAGE_CODE, code).transform(g);
  }

  /** A storage box → a box in this CRS, x = east. */
  public Envelope fromStorage(Envelope e) {
    return isStorage() ? e : fromStorage(GF.toGeometry(e)).getEnvelopeInternal();
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
    return Transforms.get(code, STORAGE_CODE).transform(GF.toGeometry(e)).getEnvelopeInternal();
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
