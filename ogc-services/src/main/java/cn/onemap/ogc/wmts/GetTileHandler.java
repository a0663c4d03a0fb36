package cn.onemap.ogc.wmts;

import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.tiles.TileAccess;
import cn.onemap.ogc.tiles.TileResponses;
import cn.onemap.tiles.render.RenderBudget;
import cn.onemap.tiles.render.RenderLimitException;
import cn.onemap.tiles.render.RenderTimeoutException;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileNotFoundException;
import java.util.Locale;

/**
 * GetTile (KVP): LAYER, STYLE ({@code default} when blank), FORMAT ({@code image/png}, {@code
 * image/png8}, {@code image/jpeg}, Tianditu's {@code tiles}), TILEMATRIXSET, TILEMATRIX, TILEROW,
 * TILECOL and the TIME dimension. The RESTful form reads the same parts from the path ({@link
 * WmtsRest}) and comes here through {@link #tile}.
 */
final class GetTileHandler implements OperationHandler {
  private final WmtsContext ctx;

  GetTileHandler(WmtsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    return tile(ctx, read(ctx, call.request(), call.policy()));
  }

  static TileAddress read(WmtsContext ctx, OgcRequest r, AccessPolicy policy) {
    String layer = required(r, "LAYER");
    String format = required(r, "FORMAT");
    String set = required(r, "TILEMATRIXSET");
    String matrix = required(r, "TILEMATRIX");
    String row = required(r, "TILEROW");
    String col = required(r, "TILECOL");
    return TileAddress.read(
        ctx,
        policy,
        layer,
        r.param("STYLE").orElse(""),
        set,
        matrix,
        row,
        col,
        TileAddress.format(format),
        r.param("TIME"));
  }

  static String required(OgcRequest r, String key) {
    return r.param(key).orElseThrow(() -> ServiceException.missing(key.toLowerCase(Locale.ROOT)));
  }

  static OgcResponse tile(WmtsContext ctx, TileAddress a) {
    Tile tile;
    try {
      tile = ctx.tiles().tile(a.key());
    } catch (TileNotFoundException e) {
      throw WmtsErrors.unknown("layer", "tile", a.tileset().id() + " " + e.getMessage());
    } catch (RenderBudget.RenderBusyException e) {
      throw ServiceException.busy(e.getMessage(), e.retryAfterSeconds());
    } catch (RenderTimeoutException e) {
      throw new ServiceException(
          ServiceException.OPERATION_PROCESSING_FAILED,
          null,
          503,
          "rendering took too long: " + e.getMessage());
    } catch (RenderLimitException e) {
      throw new ServiceException(
          ServiceException.OPERATION_PROCESSING_FAILED,
          null,
          500,
          "render limit exceeded: " + e.getMessage());
    }
    return TileResponses.of(tile, TileAccess.isPublic(a.tileset()), ctx.config().maxAgeSeconds());
  }
}
