package cn.onemap.tiles.pack;

import java.io.IOException;

/**
 * An offline tile package being written (MBTiles, PMTiles). Tiles are addressed z/x/y in a quadtree
 * whose level {@code z} is a grid of 2^z × 2^z (the tile matrix is placed in its top-left part: see
 * {@link TilePackages#quadtreeZoom}); {@code y} counts from the top.
 */
public interface TilePackage extends AutoCloseable {
  void add(int z, long x, long y, byte[] tile) throws IOException;

  /** Writes the directories and metadata and closes the file. */
  @Override
  void close() throws IOException;
}
