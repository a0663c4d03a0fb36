package cn.onemap.tiles.pack;

import cn.onemap.tiles.tile.Tile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a PMTiles v3 archive: the 127-byte header, the root directory (within the first 16 KiB;
 * leaf directories when the tiles need more), JSON metadata, then the tile data. Directories and
 * metadata are uncompressed (internal compression "none"), tiles are stored as encoded; equal tiles
 * (sea, empty land) are stored once and consecutive equal ones become one run. Tiles added in tile
 * id order make a clustered archive. Data is spooled to a temporary file, the archive written to a
 * temporary name and renamed when complete.
 */
public final class PmTilesWriter implements TilePackage {
  private final Path target;
  private final PackageInfo info;
  private final Path data;
  private final OutputStream dataOut;
  private final List<PmTiles.Entry> entries = new ArrayList<>();
  private final Map<String, long[]> byHash = new HashMap<>();
  private long dataLength;
  private long lastId = -1;
  private boolean clustered = true;
  private long addressed;

  public PmTilesWriter(Path target, PackageInfo info) throws IOException {
    this.target = target;
    this.info = info;
    this.data = Files.createTempFile(target.toAbsolutePath().getParent(), ".pmtiles", ".data");
    this.dataOut = new java.io.BufferedOutputStream(Files.newOutputStream(data), 1 << 16);
  }

  @Override
  public void add(int z, long x, long y, byte[] tile) throws IOException {
    long id = PmTiles.tileId(z, x, y);
    if (id <= lastId) {
      clustered = false;
    }
    lastId = Math.max(lastId, id);
    addressed++;
    String hash = Tile.etagOf(tile);
    long[] at = byHash.get(hash);
    if (at == null) {
      at = new long[] {dataLength, tile.length};
      dataOut.write(tile);
      dataLength += tile.length;
      byHash.put(hash, at);
    }
    entries.add(new PmTiles.Entry(id, at[0], at[1], 1));
  }

  @Override
  public void close() throws IOException {
    dataOut.close();
    entries.sort(Comparator.comparingLong(PmTiles.Entry::tileId));
    List<PmTiles.Entry> runs = new ArrayList<>();
    for (PmTiles.Entry e : entries) {
      if (!runs.isEmpty()) {
        PmTiles.Entry last = runs.get(runs.size() - 1);
        if (last.tileId() == e.tileId()) {
          throw new IOException("tile id " + e.tileId() + " added twice");
        }
        if (last.offset() == e.offset() && last.tileId() + last.runLength() == e.tileId()) {
          runs.set(
              runs.size() - 1,
              new PmTiles.Entry(last.tileId(), last.offset(), last.length(), last.runLength() + 1));
          continue;
        }
      }
      runs.add(e);
    }
    byte[] root = PmTiles.serialize(runs);
    byte[] leaves = new byte[0];
    if (root.length > PmTiles.ROOT_LIMIT) {
      for (int leafSize = 4096; ; leafSize *= 2) {
        List<PmTiles.Entry> rootEntries = new ArrayList<>();
        java.io.ByteArrayOutputStream leafBytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < runs.size(); i += leafSize) {
          List<PmTiles.Entry> chunk = runs.subList(i, Math.min(runs.size(), i + leafSize));
          byte[] leaf = PmTiles.serialize(chunk);
          rootEntries.add(
              new PmTiles.Entry(chunk.get(0).tileId(), leafBytes.size(), leaf.length, 0));
          leafBytes.write(leaf);
        }
        root = PmTiles.serialize(rootEntries);
        if (root.length <= PmTiles.ROOT_LIMIT) {
          leaves = leafBytes.toByteArray();
          break;
        }
      }
    }
    byte[] meta = info.json().getBytes(StandardCharsets.UTF_8);
    long rootOffset = PmTiles.HEADER_LENGTH;
    long metaOffset = rootOffset + root.length;
    long leafOffset = metaOffset + meta.length;
    long dataOffset = leafOffset + leaves.length;

    ByteBuffer h = ByteBuffer.allocate(PmTiles.HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    h.put("PMTiles".getBytes(StandardCharsets.US_ASCII)).put((byte) 3);
    h.putLong(rootOffset).putLong(root.length);
    h.putLong(metaOffset).putLong(meta.length);
    h.putLong(leafOffset).putLong(leaves.length);
    h.putLong(dataOffset).putLong(dataLength);
    h.putLong(addressed).putLong(runs.size()).putLong(byHash.size());
    h.put((byte) (clustered ? 1 : 0));
    h.put(PmTiles.COMPRESSION_NONE);
    h.put(PmTiles.COMPRESSION_NONE);
    h.put(
        switch (info.format()) {
          case MVT -> PmTiles.TYPE_MVT;
          case JPEG -> PmTiles.TYPE_JPEG;
          case PNG, PNG8 -> PmTiles.TYPE_PNG;
        });
    h.put((byte) info.minZoom()).put((byte) info.maxZoom());
    h.putInt(e7(info.bounds().getMinX())).putInt(e7(info.bounds().getMinY()));
    h.putInt(e7(info.bounds().getMaxX())).putInt(e7(info.bounds().getMaxY()));
    h.put((byte) info.minZoom());
    h.putInt(e7(info.bounds().centre().x)).putInt(e7(info.bounds().centre().y));

    Path part = target.resolveSibling(target.getFileName() + ".part");
    try (OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
      out.write(h.array());
      out.write(root);
      out.write(meta);
      out.write(leaves);
      Files.copy(data, out);
    } finally {
      Files.deleteIfExists(data);
    }
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static int e7(double degrees) {
    return (int) Math.round(degrees * 1e7);
  }
}
