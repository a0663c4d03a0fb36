package cn.onemap.tiles.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Reads tiles from an uncompressed-directory PMTiles v3 archive (what {@link PmTilesWriter}
 * writes): header, root and leaf directories, tile data. For checks and the CLI's {@code stats}.
 */
public final class PmTilesReader implements AutoCloseable {
  private final FileChannel file;
  private final ByteBuffer header;

  public PmTilesReader(Path path) throws IOException {
    file = FileChannel.open(path, StandardOpenOption.READ);
    header = PmTiles.le(read(0, PmTiles.HEADER_LENGTH));
    byte[] magic = new byte[7];
    header.get(0, magic);
    if (!new String(magic, StandardCharsets.US_ASCII).equals("PMTiles") || header.get(7) != 3) {
      throw new IOException(path + " is not a PMTiles v3 archive");
    }
    if (header.get(97) != PmTiles.COMPRESSION_NONE) {
      throw new IOException("compressed PMTiles directories are not supported here");
    }
  }

  public long addressedTiles() {
    return header.getLong(72);
  }

  public long tileContents() {
    return header.getLong(88);
  }

  public int minZoom() {
    return header.get(100);
  }

  public int maxZoom() {
    return header.get(101);
  }

  public boolean clustered() {
    return header.get(96) == 1;
  }

  public int tileType() {
    return header.get(99);
  }

  public String metadata() throws IOException {
    return new String(read(header.getLong(24), (int) header.getLong(32)), StandardCharsets.UTF_8);
  }

  public Optional<byte[]> tile(int z, long x, long y) throws IOException {
    long id = PmTiles.tileId(z, x, y);
    long dirOffset = header.getLong(8);
    long dirLength = header.getLong(16);
    for (int depth = 0; depth < 4; depth++) {
      List<PmTiles.Entry> dir = PmTiles.deserialize(PmTiles.le(read(dirOffset, (int) dirLength)));
      PmTiles.Entry found = null;
      for (PmTiles.Entry e : dir) {
        if (e.tileId() > id) {
          break;
        }
        found = e;
      }
      if (found == null) {
        return Optional.empty();
      }
      if (found.runLength() == 0) {
        dirOffset = header.getLong(40) + found.offset();
        dirLength = found.length();
        continue;
      }
      if (id >= found.tileId() + found.runLength()) {
        return Optional.empty();
      }
      return Optional.of(read(header.getLong(56) + found.offset(), (int) found.length()));
    }
    throw new IOException("PMTiles directories nest too deep");
  }

  private byte[] read(long offset, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (file.read(b, offset + b.position()) < 0) {
        throw new IOException("PMTiles archive ends early at " + (offset + b.position()));
      }
    }
    return b.array();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
