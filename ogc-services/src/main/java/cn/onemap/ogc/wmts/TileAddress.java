package cn.onemap.ogc.wmts;

import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.Tileset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One tile as a WMTS request names it, checked: a readable tileset, one of its styles, a set and a
 * level of it, a row and column inside that level, a raster format, and the time (empty = now;
 * ignored for tilesets without history, so their cached tiles are shared).
 */
record TileAddress(
    Tileset tileset,
    String style,
    TileMatrixSet set,
    TileMatrix matrix,
    long row,
    long col,
    TileFormat format,
    Optional<Instant> time) {

  /** The raster formats WMTS serves, as advertised. */
  static final List<TileFormat> FORMATS = List.of(TileFormat.PNG, TileFormat.PNG8, TileFormat.JPEG);

  TileKey key() {
    return new TileKey(tileset.id(), style, set.id(), matrix.identifier(), row, col, format, time);
  }

  /** Reads and checks the parts, in the order WMTS reports errors (layer first). */
  static TileAddress read(
      WmtsContext ctx,
      AccessPolicy policy,
      String layer,
      String style,
      String tileMatrixSet,
      String tileMatrix,
      String tileRow,
      String tileCol,
      TileFormat format,
      Optional<String> time) {
    Tileset tileset = ctx.tileset(layer, policy);
    String styleName = ctx.style(tileset, style);
    TileMatrixSet set = ctx.matrixSet(tileMatrixSet);
    TileMatrix matrix = level(set, tileMatrix);
    long row = index(tileRow, "tilerow");
    long col = index(tileCol, "tilecol");
    if (row < 0 || row >= matrix.matrixHeight()) {
      throw WmtsErrors.tileOutOfRange(
          "tilerow",
          "TILEROW "
              + row
              + " is outside level "
              + matrix.identifier()
              + " of "
              + set.id()
              + " (0.."
              + (matrix.matrixHeight() - 1)
              + ")");
    }
    if (col < 0 || col >= matrix.matrixWidth()) {
      throw WmtsErrors.tileOutOfRange(
          "tilecol",
          "TILECOL "
              + col
              + " is outside level "
              + matrix.identifier()
              + " of "
              + set.id()
              + " (0.."
              + (matrix.matrixWidth() - 1)
              + ")");
    }
    if (!FORMATS.contains(format)) {
      throw ServiceException.invalid(
          "format", "format " + format.mimeType() + " is not a WMTS map format");
    }
    Optional<Instant> t = TimeParam.parse(time);
    if (t.isPresent() && !WmtsContext.versioned(tileset)) {
      t = Optional.empty();
    }
    if (t.isPresent() && t.get().isAfter(Instant.now())) {
      // The future looks like the present until it happens: serve (and cache) the present.
      t = Optional.empty();
    }
    return new TileAddress(tileset, styleName, set, matrix, row, col, format, t);
  }

  /**
   * The level by its identifier; {@code c:12} and {@code EPSG:4490:12} (GeoWebCache's spelling, the
   * set's name before the level) are accepted too.
   */
  static TileMatrix level(TileMatrixSet set, String identifier) {
    String id = identifier.strip();
    Optional<TileMatrix> m = set.matrix(id);
    if (m.isEmpty() && id.lastIndexOf(':') > 0) {
      m = set.matrix(id.substring(id.lastIndexOf(':') + 1));
    }
    return m.orElseThrow(
        () -> WmtsErrors.unknown("tilematrix", "tile matrix of " + set.id(), identifier));
  }

  static long index(String text, String locator) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(
          locator,
          locator.toUpperCase(java.util.Locale.ROOT)
              + " must be an integer, was '"
              + WmtsErrors.abbreviate(text)
              + "'");
    }
  }

  static TileFormat format(String text) {
    return TileFormat.parse(text.strip())
        .filter(FORMATS::contains)
        .orElseThrow(
            () ->
                ServiceException.invalid(
                    "format",
                    "format '"
                        + WmtsErrors.abbreviate(text)
                        + "' is not offered; offered: image/png, image/png8, image/jpeg"));
  }
}
