package cn.onemap.tiles.tile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The address of one tile. It never names the caller: access is checked before a key is built, so
 * every caller allowed to read a tileset shares its tiles (and the cache entries).
 *
 * @param tileset a {@link Tilesets} id ({@code basemap}, {@code basemap_labels}, a layer id)
 * @param style {@value #DEFAULT_STYLE} (each layer's default style) or a named style
 * @param tileMatrixSet a {@code TileMatrixSets} id ({@code c}, {@code w}, ...)
 * @param tileMatrix the level's identifier in that set ({@code "1"} … for Tianditu's sets)
 * @param row tile row from the top
 * @param col tile column from the left
 * @param format the encoding
 * @param time the map as of this instant (versioned layers); empty = now
 */
public record TileKey(
    String tileset,
    String style,
    String tileMatrixSet,
    String tileMatrix,
    long row,
    long col,
    TileFormat format,
    Optional<Instant> time) {

  /** The style name meaning "each layer's default style" (Tianditu's {@code STYLE=default}). */
  public static final String DEFAULT_STYLE = "default";

  public TileKey {
    Objects.requireNonNull(tileset, "tileset");
    style = style == null || style.isBlank() ? DEFAULT_STYLE : style;
    Objects.requireNonNull(tileMatrixSet, "tileMatrixSet");
    Objects.requireNonNull(tileMatrix, "tileMatrix");
    Objects.requireNonNull(format, "format");
    time = time == null ? Optional.empty() : time;
  }

  /** A current (not past-date) tile in the default style. */
  public static TileKey of(
      String tileset, String tms, String matrix, long row, long col, TileFormat format) {
    return new TileKey(tileset, DEFAULT_STYLE, tms, matrix, row, col, format, Optional.empty());
  }

  /** The same tile at another row and column (a neighbour in the same metatile). */
  public TileKey at(long r, long c) {
    return new TileKey(tileset, style, tileMatrixSet, tileMatrix, r, c, format, time);
  }

  public TileKey withFormat(TileFormat f) {
    return new TileKey(tileset, style, tileMatrixSet, tileMatrix, row, col, f, time);
  }

  public TileKey withTime(Optional<Instant> t) {
    return new TileKey(tileset, style, tileMatrixSet, tileMatrix, row, col, format, t);
  }

  @Override
  public String toString() {
    return tileset
        + "/"
        + style
        + "/"
        + tileMatrixSet
        + "/"
        + tileMatrix
        + "/"
        + row
        + "/"
        + col
        + "."
        + format.name().toLowerCase(java.util.Locale.ROOT)
        + time.map(t -> "@" + t).orElse("");
  }
}
