package cn.onemap.tiles.pack;

/** PMTiles tile ids of z/x/y, for callers that order tiles as an archive stores them. */
public final class PmTilesIds {
  private PmTilesIds() {}

  public static long tileId(int z, long x, long y) {
    return PmTiles.tileId(z, x, y);
  }

  public static long[] zxy(long tileId) {
    return PmTiles.zxy(tileId);
  }
}
