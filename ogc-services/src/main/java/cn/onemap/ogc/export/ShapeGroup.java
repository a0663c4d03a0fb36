package cn.onemap.ogc.export;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The .shp and .shx of one shape type, built record by record in temporary files (the headers carry
 * the file length and extent, known only at the end) and written out by {@link #writeShp} and
 * {@link #writeShx}. Polygons get clockwise outer rings and counter-clockwise holes, as the ESRI
 * specification requires. Throws {@link ExportException} past the format's 2 GB.
 */
final class ShapeGroup implements AutoCloseable {
  static final long MAX_BYTES = Integer.MAX_VALUE;

  /** The ESRI shape types written. */
  enum Kind {
    POINT(1, "point"),
    POLYLINE(3, "line"),
    POLYGON(5, "polygon"),
    MULTIPOINT(8, "multipoint");

    final int code;
    final String suffix;

    Kind(int code, String suffix) {
      this.code = code;
      this.suffix = suffix;
    }
  }

  final Kind kind;
  final Path shpBody;
  final Path shxBody;
  final Path dbfRows;
  private final DataOutputStream shp;
  private final DataOutputStream shx;
  final DataOutputStream rows;
  private final Envelope extent = new Envelope();
  private long bytes = 100;
  int count;

  ShapeGroup(Kind kind) throws IOException {
    this.kind = kind;
    shpBody = Files.createTempFile("onemap-shp-", ".shp");
    shxBody = Files.createTempFile("onemap-shp-", ".shx");
    dbfRows = Files.createTempFile("onemap-shp-", ".rows");
    shp = out(shpBody);
    shx = out(shxBody);
    rows = out(dbfRows);
  }

  private static DataOutputStream out(Path p) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 16));
  }

  /** Appends a record; {@code g} null (or empty) writes a null shape. */
  void add(Geometry g) throws IOException {
    byte[] content = g == null || g.isEmpty() ? nullShape() : content(g);
    long offset = bytes;
    bytes += 8 + content.length;
    if (bytes > MAX_BYTES) {
      throw new ExportException(
          "count", "导出的 Shapefile 超过 2 GB 上限，请缩小范围或改用 GeoPackage (the .shp would exceed 2 GB)");
    }
    count++;
    shp.writeInt(count);
    shp.writeInt(content.length / 2);
    shp.write(content);
    shx.writeInt((int) (offset / 2));
    shx.writeInt(content.length / 2);
    if (g != null && !g.isEmpty()) {
      extent.expandToInclude(g.getEnvelopeInternal());
    }
  }

  private static byte[] nullShape() {
    return le(4).putInt(0).array();
  }

  private byte[] content(Geometry g) {
    if (kind == Kind.POINT) {
      Point p = (Point) g;
      return le(20).putInt(kind.code).putDouble(p.getX()).putDouble(p.getY()).array();
    }
    Envelope e = g.getEnvelopeInternal();
    if (kind == Kind.MULTIPOINT) {
      Coordinate[] cs = g.getCoordinates();
      ByteBuffer b = le(40 + 16 * cs.length).putInt(kind.code);
      box(b, e).putInt(cs.length);
      for (Coordinate c : cs) {
        b.putDouble(c.x).putDouble(c.y);
      }
      return b.array();
    }
    java.util.List<Coordinate[]> parts = new java.util.ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon poly) {
        parts.add(ring(poly.getExteriorRing(), false));
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          parts.add(ring(poly.getInteriorRingN(h), true));
        }
      } else if (part instanceof LineString l) {
        parts.add(l.getCoordinates());
      }
    }
    int points = parts.stream().mapToInt(p -> p.length).sum();
    ByteBuffer b = le(44 + 4 * parts.size() + 16 * points).putInt(kind.code);
    box(b, e).putInt(parts.size()).putInt(points);
    int start = 0;
    for (Coordinate[] p : parts) {
      b.putInt(start);
      start += p.length;
    }
    for (Coordinate[] p : parts) {
      for (Coordinate c : p) {
        b.putDouble(c.x).putDouble(c.y);
      }
    }
    return b.array();
  }

  /** An outer ring clockwise, a hole counter-clockwise. */
  private static Coordinate[] ring(LineString ring, boolean hole) {
    Coordinate[] cs = ring.getCoordinates();
    boolean ccw = Orientation.isCCW(cs);
    if (ccw != hole) {
      cs = cs.clone();
      java.util.Collections.reverse(java.util.Arrays.asList(cs));
    }
    return cs;
  }

  private static ByteBuffer box(ByteBuffer b, Envelope e) {
    return b.putDouble(e.getMinX())
        .putDouble(e.getMinY())
        .putDouble(e.getMaxX())
        .putDouble(e.getMaxY());
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Flushes the temporary files; call once, before the write methods. */
  void finish() throws IOException {
    shp.close();
    shx.close();
    rows.close();
  }

  void writeShp(OutputStream out) throws IOException {
    out.write(header(bytes));
    Files.copy(shpBody, out);
  }

  void writeShx(OutputStream out) throws IOException {
    out.write(header(100 + 8L * count));
    Files.copy(shxBody, out);
  }

  private byte[] header(long fileBytes) {
    ByteBuffer b = ByteBuffer.allocate(100);
    b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
    b.position(24);
    b.putInt((int) (fileBytes / 2));
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(kind.code);
    Envelope e = extent.isNull() ? new Envelope(0, 0, 0, 0) : extent;
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    return b.array();
  }

  @Override
  public void close() throws IOException {
    try {
      finish();
    } catch (IOException e) {
      // already closed
    }
    Files.deleteIfExists(shpBody);
    Files.deleteIfExists(shxBody);
    Files.deleteIfExists(dbfRows);
  }
}
