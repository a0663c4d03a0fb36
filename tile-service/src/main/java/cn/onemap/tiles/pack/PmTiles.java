package cn.onemap.tiles.pack;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * PMTiles v3 primitives: Hilbert tile ids, varints and directories, as the specification
 * (github.com/protomaps/PMTiles, spec/v3) defines them.
 */
final class PmTiles {
  static final int HEADER_LENGTH = 127;

  /** The root directory must fit with the header in the first 16 KiB. */
  static final int ROOT_LIMIT = 16_384 - HEADER_LENGTH;

  static final byte COMPRESSION_NONE = 1;
  static final byte TYPE_MVT = 1;
  static final byte TYPE_PNG = 2;
  static final byte TYPE_JPEG = 3;

  private PmTiles() {}

  /** One directory entry: a run of {@code runLength} tile ids sharing one blob (0 = a leaf). */
  record Entry(long tileId, long offset, long length, long runLength) {}

  /** The tile id of z/x/y: all tiles of lower zooms, then the Hilbert index within the zoom. */
  static long tileId(int z, long x, long y) {
    if (z > 26) {
      throw new IllegalArgumentException("zoom " + z + " exceeds PMTiles' 26");
    }
    long n = 1L << z;
    if (x < 0 || y < 0 || x >= n || y >= n) {
      throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " is outside its zoom");
    }
    long acc = ((1L << (2 * z)) - 1) / 3;
    long d = 0;
    long tx = x;
    long ty = y;
    for (long s = n / 2; s > 0; s /= 2) {
      long rx = (tx & s) > 0 ? 1 : 0;
      long ry = (ty & s) > 0 ? 1 : 0;
      d += s * s * ((3 * rx) ^ ry);
      if (ry == 0) {
        if (rx == 1) {
          tx = s - 1 - tx;
          ty = s - 1 - ty;
        }
        long t = tx;
        tx = ty;
        ty = t;
      }
    }
    return acc + d;
  }

  /** z/x/y of a tile id (the inverse of {@link #tileId}). */
  static long[] zxy(long tileId) {
    long acc = 0;
    for (int z = 0; z <= 26; z++) {
      long count = 1L << (2 * z);
      if (tileId < acc + count) {
        long d = tileId - acc;
        long n = 1L << z;
        long x = 0;
        long y = 0;
        for (long s = 1; s < n; s *= 2) {
          long rx = 1 & (d / 2);
          long ry = 1 & (d ^ rx);
          if (ry == 0) {
            if (rx == 1) {
              x = s - 1 - x;
              y = s - 1 - y;
            }
            long t = x;
            x = y;
            y = t;
          }
          x += s * rx;
          y += s * ry;
          d /= 4;
        }
        return new long[] {z, x, y};
      }
      acc += count;
    }
    throw new IllegalArgumentException("tile id " + tileId + " is beyond zoom 26");
  }

  static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static long readVarint(ByteBuffer b) {
    long v = 0;
    int shift = 0;
    while (true) {
      int x = b.get() & 0xff;
      v |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
      shift += 7;
      if (shift > 63) {
        throw new IllegalArgumentException("varint too long");
      }
    }
  }

  static byte[] serialize(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    varint(out, entries.size());
    long last = 0;
    for (Entry e : entries) {
      varint(out, e.tileId() - last);
      last = e.tileId();
    }
    for (Entry e : entries) {
      varint(out, e.runLength());
    }
    for (Entry e : entries) {
      varint(out, e.length());
    }
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (i > 0 && e.offset() == entries.get(i - 1).offset() + entries.get(i - 1).length()) {
        varint(out, 0);
      } else {
        varint(out, e.offset() + 1);
      }
    }
    return out.toByteArray();
  }

  static List<Entry> deserialize(ByteBuffer b) {
    int n = (int) readVarint(b);
    long[] ids = new long[n];
    long last = 0;
    for (int i = 0; i < n; i++) {
      last += readVarint(b);
      ids[i] = last;
    }
    long[] runs = new long[n];
    for (int i = 0; i < n; i++) {
      runs[i] = readVarint(b);
    }
    long[] lengths = new long[n];
    for (int i = 0; i < n; i++) {
      lengths[i] = readVarint(b);
    }
    List<Entry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long v = readVarint(b);
      long offset = v == 0 && i > 0 ? out.get(i - 1).offset() + out.get(i - 1).length() : v - 1;
      out.add(new Entry(ids[i], offset, lengths[i], runs[i]));
    }
    return out;
  }

  static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
