package cn.onemap.loaders.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes one shape record's content (little-endian, positioned at the shape type). Polygon rings
 * follow the specification: clockwise rings are shells, counter-clockwise rings holes, each hole
 * belonging to the shell that contains it; a single-part shape becomes a Polygon/LineString (the
 * store promotes it to the layer's multi type).
 */
final class ShapeDecoder {
  private final GeometryFactory factory;

  ShapeDecoder(GeometryFactory factory) {
    this.factory = factory;
  }

  /** The geometry, or empty for a Null shape; throws with a message for malformed content. */
  Optional<Geometry> decode(ByteBuffer b) {
    int code = b.getInt(0);
    ShapeType type =
        ShapeType.of(code)
            .orElseThrow(() -> new IllegalArgumentException("unknown shape type " + code));
    b.position(4);
    return switch (type) {
      case NULL -> Optional.empty();
      case POINT, POINT_M ->
          Optional.of(factory.createPoint(new Coordinate(b.getDouble(), b.getDouble())));
      case POINT_Z -> {
        double x = b.getDouble();
        double y = b.getDouble();
        yield Optional.of(factory.createPoint(new Coordinate(x, y, b.getDouble())));
      }
      case MULTIPOINT, MULTIPOINT_M, MULTIPOINT_Z -> {
        b.position(b.position() + 32); // bounding box
        int n = b.getInt();
        Coordinate[] cs = coordinates(b, n, type.hasZ());
        yield Optional.of(factory.createMultiPointFromCoords(cs));
      }
      case POLYLINE, POLYLINE_M, POLYLINE_Z -> Optional.of(lines(parts(b, type.hasZ())));
      case POLYGON, POLYGON_M, POLYGON_Z -> Optional.of(polygons(parts(b, type.hasZ())));
      case MULTIPATCH -> throw new IllegalArgumentException("MultiPatch shapes are not supported");
    };
  }

  private List<Coordinate[]> parts(ByteBuffer b, boolean z) {
    b.position(b.position() + 32); // bounding box
    int numParts = b.getInt();
    int numPoints = b.getInt();
    if (numParts < 0 || numPoints < 0 || numParts > numPoints) {
      throw new IllegalArgumentException(
          "broken shape: " + numParts + " parts, " + numPoints + " points");
    }
    int[] starts = new int[numParts + 1];
    for (int i = 0; i < numParts; i++) {
      starts[i] = b.getInt();
    }
    starts[numParts] = numPoints;
    Coordinate[] all = coordinates(b, numPoints, z);
    List<Coordinate[]> parts = new ArrayList<>(numParts);
    for (int i = 0; i < numParts; i++) {
      if (starts[i] < 0 || starts[i] > starts[i + 1]) {
        throw new IllegalArgumentException("broken shape: part " + i + " starts at " + starts[i]);
      }
      Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
      System.arraycopy(all, starts[i], part, 0, part.length);
      parts.add(part);
    }
    return parts;
  }

  private static Coordinate[] coordinates(ByteBuffer b, int n, boolean z) {
    Coordinate[] cs = new Coordinate[n];
    for (int i = 0; i < n; i++) {
      cs[i] = new Coordinate(b.getDouble(), b.getDouble());
    }
    if (z && b.remaining() >= 16 + 8 * n) {
      b.position(b.position() + 16); // z range
      for (int i = 0; i < n; i++) {
        cs[i].setZ(b.getDouble());
      }
    }
    return cs;
  }

  private Geometry lines(List<Coordinate[]> parts) {
    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = factory.createLineString(parts.get(i));
    }
    return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
  }

  private Geometry polygons(List<Coordinate[]> rings) {
    List<LinearRing> shells = new ArrayList<>();
    List<LinearRing> holes = new ArrayList<>();
    for (Coordinate[] r : rings) {
      if (r.length < 4) {
        throw new IllegalArgumentException("a polygon ring has only " + r.length + " points");
      }
      LinearRing ring = factory.createLinearRing(r);
      // Shapefile shells are clockwise; JTS's isCCW tells the other kind.
      (Orientation.isCCW(r) ? holes : shells).add(ring);
    }
    if (shells.isEmpty()) { // writers that ignore the convention: treat rings as shells
      shells.addAll(holes);
      holes.clear();
    }
    List<List<LinearRing>> holesOf = new ArrayList<>();
    List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    for (LinearRing s : shells) {
      holesOf.add(new ArrayList<>());
      // Only needed to share holes out among several shells.
      locators.add(
          shells.size() > 1 ? new IndexedPointInAreaLocator(factory.createPolygon(s)) : null);
    }
    for (LinearRing h : holes) {
      int owner = 0;
      for (int i = 0; i < shells.size() && shells.size() > 1; i++) {
        if (locators.get(i).locate(h.getCoordinateN(0)) != Location.EXTERIOR) {
          owner = i;
          break;
        }
      }
      holesOf.get(owner).add(h);
    }
    Polygon[] polygons = new Polygon[shells.size()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0]));
    }
    return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
  }
}
