package cn.onemap.ogc.tiles;

import cn.onemap.ogc.api.ApiException;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.render.RenderBudget;
import cn.onemap.tiles.render.RenderTimeoutException;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import java.time.Instant;
import java.util.Optional;

/**
 * One tile fetched for a REST endpoint (XYZ, OGC API Tiles): the address checked against the grid
 * (unknown level or a row/column outside it is a 404, as a missing file would be), the tile asked
 * of the source, and the HTTP caching headers of {@link TileResponses}. Overload is 503 with
 * Retry-After; both as JSON errors.
 */
final class TileCall {
  private TileCall() {}

  static OgcResponse fetch(
      TileSource source,
      Tileset tileset,
      TileMatrixSet set,
      String level,
      String rowText,
      String colText,
      TileFormat format,
      Optional<Instant> time,
      int maxAge) {
    TileMatrix m =
        set.matrix(level)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no level '" + level + "' in tile matrix set " + set.id()));
    long row = number(rowText, "row");
    long col = number(colText, "column");
    if (!m.contains(row, col)) {
      throw ApiException.notFound(
          "tile " + row + "/" + col + " is outside level " + level + " of " + set.id());
    }
    Optional<Instant> t =
        time.filter(i -> tileset.versioned()).filter(i -> !i.isAfter(Instant.now()));
    TileKey key =
        new TileKey(tileset.id(), TileKey.DEFAULT_STYLE, set.id(), level, row, col, format, t);
    Tile tile;
    try {
      tile = source.tile(key);
    } catch (TileNotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    } catch (RenderBudget.RenderBusyException e) {
      return busy(e.getMessage(), e.retryAfterSeconds());
    } catch (RenderTimeoutException e) {
      return busy("rendering took too long: " + e.getMessage(), 1);
    } catch (TilesException e) {
      return TileJson.error(500, e.code(), e.getMessage());
    }
    return TileResponses.of(tile, tileset.isPublic(), maxAge);
  }

  private static OgcResponse busy(String message, int retryAfter) {
    return TileJson.error(503, "ServerBusy", message)
        .withHeader("Retry-After", Integer.toString(Math.max(1, retryAfter)));
  }

  static long number(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("the tile " + what + " must be an integer, was '" + text + "'");
    }
  }
}
