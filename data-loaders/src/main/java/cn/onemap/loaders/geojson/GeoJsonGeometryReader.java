package cn.onemap.loaders.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a JTS geometry straight from the streaming parser's tokens of one GeoJSON geometry object
 * (RFC 7946 §3.1), so no JSON tree is ever built. Members may come in any order ("coordinates"
 * before "type" is legal), so coordinates are first collected as nested lists of positions.
 *
 * <p>Structural errors in a geometry (unknown type, wrong nesting, a ring of 3 positions) throw
 * {@link GeometryFormatException} only after the whole object has been consumed, so the caller can
 * reject the feature and read on.
 */
final class GeoJsonGeometryReader {
  private final GeometryFactory factory;

  GeoJsonGeometryReader(GeometryFactory factory) {
    this.factory = factory;
  }

  /** A geometry object that parsed as JSON but is not a valid GeoJSON geometry. */
  static final class GeometryFormatException extends Exception {
    GeometryFormatException(String message) {
      super(message);
    }
  }

  /** Reads the object at the current START_OBJECT token (consumed through its END_OBJECT). */
  Geometry read(JsonParser p) throws IOException, GeometryFormatException {
    String type = null;
    Object coordinates = null;
    List<Geometry> members = null;
    String error = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "type" -> type = t == JsonToken.VALUE_STRING ? p.getText() : null;
        case "coordinates" -> coordinates = t == JsonToken.START_ARRAY ? nested(p) : skip(p);
        case "geometries" -> {
          if (t == JsonToken.START_ARRAY) {
            members = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              try {
                members.add(read(p));
              } catch (GeometryFormatException e) {
                error = e.getMessage();
              }
            }
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (error != null) {
      throw new GeometryFormatException(error);
    }
    if (type == null) {
      throw new GeometryFormatException("geometry has no \"type\"");
    }
    return build(type, coordinates, members);
  }

  private Geometry build(String type, Object c, List<Geometry> members)
      throws GeometryFormatException {
    if (type.equals("GeometryCollection")) {
      if (members == null) {
        throw new GeometryFormatException("GeometryCollection without \"geometries\"");
      }
      return factory.createGeometryCollection(members.toArray(new Geometry[0]));
    }
    if (c == null) {
      throw new GeometryFormatException(type + " without \"coordinates\"");
    }
    return switch (type) {
      case "Point" -> factory.createPoint(position(c));
      case "MultiPoint" -> factory.createMultiPoint(points(list(c)));
      case "LineString" -> line(c);
      case "MultiLineString" -> {
        List<Object> parts = list(c);
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line(parts.get(i));
        }
        yield factory.createMultiLineString(lines);
      }
      case "Polygon" -> polygon(c);
      case "MultiPolygon" -> {
        List<Object> parts = list(c);
        Polygon[] polygons = new Polygon[parts.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(parts.get(i));
        }
        yield factory.createMultiPolygon(polygons);
      }
      default -> throw new GeometryFormatException("unknown geometry type \"" + type + "\"");
    };
  }

  private Point[] points(List<Object> positions) throws GeometryFormatException {
    Point[] points = new Point[positions.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = factory.createPoint(position(positions.get(i)));
    }
    return points;
  }

  private LineString line(Object c) throws GeometryFormatException {
    Coordinate[] cs = positions(c);
    if (cs.length == 1) {
      throw new GeometryFormatException("a LineString needs at least 2 positions");
    }
    return factory.createLineString(cs);
  }

  private Polygon polygon(Object c) throws GeometryFormatException {
    List<Object> rings = list(c);
    if (rings.isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(Object c) throws GeometryFormatException {
    Coordinate[] cs = positions(c);
    if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
      throw new GeometryFormatException(
          "a polygon ring needs at least 4 positions and must end where it starts");
    }
    return factory.createLinearRing(cs);
  }

  private Coordinate[] positions(Object c) throws GeometryFormatException {
    List<Object> list = list(c);
    Coordinate[] cs = new Coordinate[list.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = position(list.get(i));
    }
    return cs;
  }

  private static Coordinate position(Object c) throws GeometryFormatException {
    if (c instanceof double[] d) {
      return d.length == 2 ? new Coordinate(d[0], d[1]) : new Coordinate(d[0], d[1], d[2]);
    }
    throw new GeometryFormatException("expected a position [x, y] in \"coordinates\"");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object c) throws GeometryFormatException {
    if (c instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new GeometryFormatException("\"coordinates\" are nested too shallowly for the type");
  }

  /**
   * Reads the array at START_ARRAY: a position (array of numbers) becomes double[], an array of
   * arrays a List; anything else becomes null (reported by build).
   */
  private static Object nested(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double[] xyz = new double[3];
      int n = 0;
      boolean bad = false;
      for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          if (n < 3) {
            xyz[n] = p.getDoubleValue();
          }
          n++;
        } else {
          bad = true;
          p.skipChildren();
        }
      }
      if (bad || n < 2) {
        return "bad position";
      }
      return n == 2 ? new double[] {xyz[0], xyz[1]} : xyz;
    }
    List<Object> list = new ArrayList<>();
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      list.add(t == JsonToken.START_ARRAY ? nested(p) : skip(p));
    }
    return list;
  }

  private static Object skip(JsonParser p) throws IOException {
    p.skipChildren();
    return "not an array";
  }
}
