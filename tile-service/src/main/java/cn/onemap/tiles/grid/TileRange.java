package cn.onemap.tiles.grid;

/** An inclusive block of tile rows and columns in one tile matrix; {@link #EMPTY} holds none. */
public record TileRange(long minRow, long maxRow, long minCol, long maxCol) {
  public static final TileRange EMPTY = new TileRange(0, -1, 0, -1);

  public boolean isEmpty() {
    return maxRow < minRow || maxCol < minCol;
  }

  public long rows() {
    return isEmpty() ? 0 : maxRow - minRow + 1;
  }

  public long cols() {
    return isEmpty() ? 0 : maxCol - minCol + 1;
  }

  /** How many tiles the block holds. */
  public long count() {
    return rows() * cols();
  }

  public boolean contains(long row, long col) {
    return row >= minRow && row <= maxRow && col >= minCol && col <= maxCol;
  }

  /** The block grown by {@code tiles} on every side (not clipped). */
  public TileRange grow(long tiles) {
    return isEmpty()
        ? this
        : new TileRange(minRow - tiles, maxRow + tiles, minCol - tiles, maxCol + tiles);
  }
}
