package cn.onemap.tiles.tile;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;

/** Where a tile key points: its set and level, checked to hold the key's row and column. */
public record TilePosition(TileMatrixSet set, TileMatrix matrix) {

  /** The key's set and level; {@link TileNotFoundException} naming the part that does not exist. */
  public static TilePosition of(TileKey key, TileMatrixSets sets) {
    TileMatrixSet set =
        sets.find(key.tileMatrixSet())
            .orElseThrow(
                () ->
                    new TileNotFoundException(
                        "tilematrixset", "unknown tile matrix set '" + key.tileMatrixSet() + "'"));
    TileMatrix m =
        set.matrix(key.tileMatrix())
            .orElseThrow(
                () ->
                    new TileNotFoundException(
                        "tilematrix",
                        "tile matrix set "
                            + set.id()
                            + " has no level '"
                            + key.tileMatrix()
                            + "'"));
    if (key.row() < 0 || key.row() >= m.matrixHeight()) {
      throw new TileNotFoundException(
          "tilerow", "row " + key.row() + " is outside 0.." + (m.matrixHeight() - 1));
    }
    if (key.col() < 0 || key.col() >= m.matrixWidth()) {
      throw new TileNotFoundException(
          "tilecol", "column " + key.col() + " is outside 0.." + (m.matrixWidth() - 1));
    }
    return new TilePosition(set, m);
  }
}
