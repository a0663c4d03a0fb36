package cn.onemap.tiles.grid;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * One zoom level of a tile matrix set: a grid of {@code matrixWidth × matrixHeight} tiles of {@code
 * tileWidth × tileHeight} pixels whose top-left corner is ({@code originX}, {@code originY}). Tile
 * edges are computed from the integer index each time ({@code origin + index × span}), never
 * accumulated, so neighbouring tiles share the very same edge value and nothing drifts at level 20.
 *
 * @param identifier the identifier on the wire (Tianditu's sets start at "1", OGC's at "0")
 * @param scaleDenominator the published scale denominator of the level
 * @param cellSize CRS units per pixel
 */
public record TileMatrix(
    String identifier,
    double scaleDenominator,
    double cellSize,
    double originX,
    double originY,
    int tileWidth,
    int tileHeight,
    long matrixWidth,
    long matrixHeight) {

  public TileMatrix {
    Objects.requireNonNull(identifier, "identifier");
    if (!(cellSize > 0) || tileWidth < 1 || tileHeight < 1 || matrixWidth < 1 || matrixHeight < 1) {
      throw new IllegalArgumentException("invalid tile matrix " + identifier);
    }
  }

  /** Ground width of one tile in CRS units. */
  public double tileSpanX() {
    return cellSize * tileWidth;
  }

  /** Ground height of one tile in CRS units. */
  public double tileSpanY() {
    return cellSize * tileHeight;
  }

  /** The x of the left edge of column {@code col} (col = matrixWidth gives the right edge). */
  public double edgeX(long col) {
    return originX + col * tileSpanX();
  }

  /** The y of the top edge of row {@code row} (row = matrixHeight gives the bottom edge). */
  public double edgeY(long row) {
    return originY - row * tileSpanY();
  }

  /** Whether the tile exists in this matrix. */
  public boolean contains(long row, long col) {
    return row >= 0 && col >= 0 && row < matrixHeight && col < matrixWidth;
  }

  /** The ground envelope of one tile; {@link IllegalArgumentException} outside the matrix. */
  public Envelope tileEnvelope(long row, long col) {
    if (!contains(row, col)) {
      throw new IllegalArgumentException(
          "tile row " + row + ", col " + col + " is outside matrix " + identifier);
    }
    return new Envelope(edgeX(col), edgeX(col + 1), edgeY(row + 1), edgeY(row));
  }

  /** The envelope of a block of tiles (a metatile), clipped to the matrix. */
  public Envelope blockEnvelope(TileRange range) {
    return new Envelope(
        edgeX(range.minCol()),
        edgeX(range.maxCol() + 1),
        edgeY(range.maxRow() + 1),
        edgeY(range.minRow()));
  }

  /** The whole matrix's ground extent. */
  public Envelope extent() {
    return new Envelope(edgeX(0), edgeX(matrixWidth), edgeY(matrixHeight), edgeY(0));
  }

  /**
   * The tiles an envelope touches (inclusive), clipped to the matrix; empty when it lies outside. A
   * box that only touches a tile's edge does not count the tile.
   */
  public TileRange tilesCovering(Envelope env) {
    if (env == null || env.isNull()) {
      return TileRange.EMPTY;
    }
    long minCol = (long) Math.floor((env.getMinX() - originX) / tileSpanX());
    long maxCol = (long) Math.ceil((env.getMaxX() - originX) / tileSpanX()) - 1;
    long minRow = (long) Math.floor((originY - env.getMaxY()) / tileSpanY());
    long maxRow = (long) Math.ceil((originY - env.getMinY()) / tileSpanY()) - 1;
    // A degenerate box (a point, a vertical line) still touches one tile.
    maxCol = Math.max(maxCol, minCol);
    maxRow = Math.max(maxRow, minRow);
    minCol = Math.max(minCol, 0);
    minRow = Math.max(minRow, 0);
    maxCol = Math.min(maxCol, matrixWidth - 1);
    maxRow = Math.min(maxRow, matrixHeight - 1);
    if (minCol > maxCol || minRow > maxRow) {
      return TileRange.EMPTY;
    }
    return new TileRange(minRow, maxRow, minCol, maxCol);
  }

  /** The row and column of the tile holding a point, or empty range when outside. */
  public TileRange tileAt(double x, double y) {
    long col = (long) Math.floor((x - originX) / tileSpanX());
    long row = (long) Math.floor((originY - y) / tileSpanY());
    return contains(row, col) ? new TileRange(row, row, col, col) : TileRange.EMPTY;
  }

  /**
   * The block of {@code factor × factor} tiles (aligned to multiples of the factor) that holds a
   * tile, clipped to the matrix: the metatile rendered in one pass.
   */
  public TileRange metatile(long row, long col, int factor) {
    long r0 = Math.floorDiv(row, factor) * factor;
    long c0 = Math.floorDiv(col, factor) * factor;
    return new TileRange(
        r0,
        Math.min(r0 + factor - 1, matrixHeight - 1),
        c0,
        Math.min(c0 + factor - 1, matrixWidth - 1));
  }
}
