package cn.onemap.ogc.gml;

import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GML geometry (3.2 or 3.1.1, matched by local name) from a StAX reader positioned on its
 * start element and returns it in the storage CRS (CGCS2000, x = longitude). The geometry's {@code
 * srsName} (or the one inherited from the request) decides axis order and reprojection. Supported:
 * Point, LineString, LinearRing, Polygon, Envelope, MultiPoint, MultiCurve / MultiLineString,
 * MultiSurface / MultiPolygon; pos, posList, lowerCorner / upperCorner and GML 2's coordinates and
 * coord. 2D only: a third ordinate is refused.
 */
public final class GmlGeometryReader {
  private static final GeometryFactory GF = new GeometryFactory();

  private final Function<String, WireCrs> crsParser;
  private final WireCrs defaultCrs;

  /**
   * @param crsParser parses srsName values with the rules of the protocol version
   * @param defaultCrs the CRS of geometries without srsName
   */
  public GmlGeometryReader(Function<String, WireCrs> crsParser, WireCrs defaultCrs) {
    this.crsParser = crsParser;
    this.defaultCrs = defaultCrs;
  }

  /** A geometry element; the reader ends on its end tag. */
  public Geometry read(XMLStreamReader r) {
    WireCrs crs = crs(r, defaultCrs);
    Geometry g = element(r, crs);
    if (crs.yx()) {
      WireCrs.swap(g);
    }
    return crs.toStorage(g);
  }

  /** A gml:Envelope as a storage box. */
  public Envelope readEnvelope(XMLStreamReader r) {
    Geometry g = read(r);
    return g.getEnvelopeInternal();
  }

  private WireCrs crs(XMLStreamReader r, WireCrs inherited) {
    String srs = r.getAttributeValue(null, "srsName");
    return srs == null || srs.isBlank() ? inherited : crsParser.apply(srs);
  }

  private Geometry element(XMLStreamReader r, WireCrs crs) {
    String name = r.getLocalName();
    return switch (name) {
      case "Point" -> GF.createPoint(single(coords(r)));
      case "LineString" -> GF.createLineString(coords(r));
      case "LinearRing" -> GF.createLinearRing(coords(r));
      case "Polygon" -> polygon(r);
      case "Envelope" -> envelope(r);
      case "MultiPoint" -> GF.createMultiPoint(members(r, crs).toArray(Point[]::new));
      case "MultiCurve", "MultiLineString" ->
          GF.createMultiLineString(members(r, crs).toArray(LineString[]::new));
      case "MultiSurface", "MultiPolygon" ->
          GF.createMultiPolygon(members(r, crs).toArray(Polygon[]::new));
      default ->
          throw ServiceException.parsing(
              name, "GML geometry <" + name + "> is not supported in this service");
    };
  }

  private Coordinate single(Coordinate[] cs) {
    if (cs.length != 1) {
      throw ServiceException.parsing("Point", "a gml:Point needs exactly one position");
    }
    return cs[0];
  }

  /** Collects the positions of pos / posList / coordinates children of the current element. */
  private Coordinate[] coords(XMLStreamReader r) {
    List<Coordinate> out = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String child = r.getLocalName();
      int dim = dimension(r);
      switch (child) {
        case "pos", "posList", "lowerCorner", "upperCorner" ->
            parseNumbers(SafeXml.text(r), dim, out);
        case "coordinates" -> out.addAll(Gml2Coordinates.parse(r));
        case "coord" -> out.add(Gml2Coordinates.coord(r));
        default -> SafeXml.skip(r);
      }
    }
    if (out.isEmpty()) {
      throw ServiceException.parsing(r.getLocalName(), "GML geometry without coordinates");
    }
    return out.toArray(Coordinate[]::new);
  }

  private static int dimension(XMLStreamReader r) {
    String d = r.getAttributeValue(null, "srsDimension");
    if (d != null && !d.strip().equals("2")) {
      throw ServiceException.parsing("srsDimension", "only 2D GML coordinates are accepted");
    }
    return 2;
  }

  private static void parseNumbers(String text, int dim, List<Coordinate> out) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length % dim != 0) {
      throw ServiceException.parsing(
          "posList", "odd number of ordinates in '" + abbreviate(text) + "'");
    }
    try {
      for (int i = 0; i < parts.length; i += dim) {
        out.add(new Coordinate(Double.parseDouble(parts[i]), Double.parseDouble(parts[i + 1])));
      }
    } catch (NumberFormatException e) {
      throw ServiceException.parsing("posList", "not a number in '" + abbreviate(text) + "'");
    }
  }

  private Polygon polygon(XMLStreamReader r) {
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String role = r.getLocalName();
      if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT) {
        throw ServiceException.parsing(role, "empty polygon ring");
      }
      LinearRing ring = GF.createLinearRing(coords(r));
      SafeXml.nextTag(r); // end of exterior/interior
      if (role.equals("exterior") || role.equals("outerBoundaryIs")) {
        shell = ring;
      } else {
        holes.add(ring);
      }
    }
    if (shell == null) {
      throw ServiceException.parsing("Polygon", "a gml:Polygon needs an exterior ring");
    }
    return GF.createPolygon(shell, holes.toArray(LinearRing[]::new));
  }

  private Geometry envelope(XMLStreamReader r) {
    Coordinate[] cs = coords(r);
    if (cs.length != 2) {
      throw ServiceException.parsing("Envelope", "gml:Envelope needs lowerCorner and upperCorner");
    }
    return GF.toGeometry(new Envelope(cs[0], cs[1]));
  }

  private List<Geometry> members(XMLStreamReader r, WireCrs crs) {
    List<Geometry> out = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String member = r.getLocalName();
      boolean plural = member.endsWith("Members");
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        out.add(element(r, crs));
        if (!plural) {
          SafeXml.nextTag(r); // end of the member
          break;
        }
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
