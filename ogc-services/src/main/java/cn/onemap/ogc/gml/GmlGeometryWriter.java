package cn.onemap.ogc.gml;

import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams JTS geometries as GML (3.2 or 3.1.1, simple features profile: Point, LineString, Polygon,
 * MultiPoint, MultiCurve, MultiSurface, MultiGeometry) into a StAX writer. Coordinates are written
 * in the wire order of the {@link WireCrs}; the caller has already transformed the geometry into
 * that CRS. GML 3.2 requires a {@code gml:id} on every geometry; it is derived from the feature's.
 */
public final class GmlGeometryWriter {
  public static final String GML32 = "http://www.opengis.net/gml/3.2";
  public static final String GML31 = "http://www.opengis.net/gml";

  private final XMLStreamWriter w;
  private final String ns;
  private final boolean gml32;
  private final WireCrs crs;
  private int idCounter;
  private String idBase;

  public GmlGeometryWriter(XMLStreamWriter w, boolean gml32, WireCrs crs) {
    this.w = w;
    this.gml32 = gml32;
    this.ns = gml32 ? GML32 : GML31;
    this.crs = crs;
  }

  /** Writes {@code g} with srsName and srsDimension; {@code idBase} seeds the gml:ids. */
  public void write(Geometry g, String idBase) throws XMLStreamException {
    this.idBase = idBase;
    this.idCounter = 0;
    geometry(g, true);
  }

  private void geometry(Geometry g, boolean top) throws XMLStreamException {
    if (g instanceof Point p) {
      open("Point", top);
      pos("pos", p.getCoordinate());
      w.writeEndElement();
    } else if (g instanceof LineString l) {
      open("LineString", top);
      posList(l.getCoordinates());
      w.writeEndElement();
    } else if (g instanceof Polygon p) {
      polygon(p, top);
    } else if (g instanceof MultiPoint mp) {
      members(mp, "MultiPoint", "pointMember", top);
    } else if (g instanceof MultiLineString ml) {
      members(ml, "MultiCurve", "curveMember", top);
    } else if (g instanceof MultiPolygon mp) {
      members(mp, "MultiSurface", "surfaceMember", top);
    } else if (g instanceof GeometryCollection gc) {
      members(gc, "MultiGeometry", "geometryMember", top);
    } else {
      throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
    }
  }

  private void polygon(Polygon p, boolean top) throws XMLStreamException {
    open("Polygon", top);
    ring("exterior", p.getExteriorRing());
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring("interior", p.getInteriorRingN(i));
    }
    w.writeEndElement();
  }

  private void ring(String role, LineString ring) throws XMLStreamException {
    w.writeStartElement("gml", role, ns);
    w.writeStartElement("gml", "LinearRing", ns);
    posList(ring.getCoordinates());
    w.writeEndElement();
    w.writeEndElement();
  }

  private void members(GeometryCollection gc, String type, String member, boolean top)
      throws XMLStreamException {
    open(type, top);
    for (int i = 0; i < gc.getNumGeometries(); i++) {
      w.writeStartElement("gml", member, ns);
      geometry(gc.getGeometryN(i), false);
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private void open(String type, boolean top) throws XMLStreamException {
    w.writeStartElement("gml", type, ns);
    if (gml32) {
      w.writeAttribute("gml", GML32, "id", idBase + "." + (++idCounter));
    }
    if (top) {
      w.writeAttribute("srsName", crs.srsName());
      w.writeAttribute("srsDimension", "2");
    }
  }

  private void pos(String element, Coordinate c) throws XMLStreamException {
    w.writeStartElement("gml", element, ns);
    w.writeCharacters(pair(c));
    w.writeEndElement();
  }

  private void posList(Coordinate[] cs) throws XMLStreamException {
    w.writeStartElement("gml", "posList", ns);
    var sb = new StringBuilder(cs.length * 24);
    for (int i = 0; i < cs.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pair(cs[i]));
    }
    w.writeCharacters(sb.toString());
    w.writeEndElement();
  }

  private String pair(Coordinate c) {
    double a = crs.yx() ? c.y : c.x;
    double b = crs.yx() ? c.x : c.y;
    return number(a) + " " + number(b);
  }

  /** Plain decimal notation (no exponent), which every GML reader accepts. */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).toPlainString();
  }
}
