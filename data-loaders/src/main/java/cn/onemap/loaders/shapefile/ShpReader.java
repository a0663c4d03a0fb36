package cn.onemap.loaders.shapefile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads the records of a .shp file sequentially (ESRI Shapefile Technical Description, 1998): a
 * 100-byte header, then per record a big-endian number and length and a little-endian shape. The
 * .shx index is not needed for a sequential read. Supports Null, Point, MultiPoint, PolyLine and
 * Polygon with their Z and M variants (Z kept, M dropped); MultiPatch records are reported as
 * unsupported.
 */
final class ShpReader implements AutoCloseable {
  private final DataInputStream in;
  private final ShapeType fileType;
  private final ShapeDecoder decoder;
  private ByteBuffer buffer = ByteBuffer.allocate(1 << 12).order(ByteOrder.LITTLE_ENDIAN);

  ShpReader(InputStream raw, GeometryFactory factory) throws IOException {
    this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    byte[] header = new byte[100];
    in.readFully(header);
    ByteBuffer h = ByteBuffer.wrap(header);
    if (h.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
      throw new IOException("not a .shp file (file code is not 9994)");
    }
    int type = h.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    this.fileType =
        ShapeType.of(type).orElseThrow(() -> new IOException("unknown shape type " + type));
    this.decoder = new ShapeDecoder(factory);
  }

  ShapeType fileType() {
    return fileType;
  }

  /** One record: its geometry, or why it could not be decoded. */
  record ShapeRecord(int number, Optional<Geometry> geometry, Optional<String> error) {}

  /** The next record, or empty at the end of the file. */
  Optional<ShapeRecord> next() throws IOException {
    int number;
    try {
      number = in.readInt();
    } catch (EOFException e) {
      return Optional.empty();
    }
    int bytes = in.readInt() * 2; // content length is in 16-bit words
    if (bytes < 4 || bytes > 1 << 28) {
      throw new IOException("record " + number + " has an impossible length " + bytes);
    }
    if (buffer.capacity() < bytes) {
      buffer =
          ByteBuffer.allocate(Math.max(bytes, buffer.capacity() * 2))
              .order(ByteOrder.LITTLE_ENDIAN);
    }
    buffer.clear();
    in.readFully(buffer.array(), 0, bytes);
    buffer.limit(bytes);
    try {
      return Optional.of(new ShapeRecord(number, decoder.decode(buffer), Optional.empty()));
    } catch (RuntimeException e) {
      return Optional.of(new ShapeRecord(number, Optional.empty(), Optional.of(e.getMessage())));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
