package cn.onemap.portal.vectortiles;

import cn.onemap.core.GisException;
import cn.onemap.core.store.FeatureLimitException;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.wms.TimeParam;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.portal.web.ApiError;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.Tileset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * XYZ vector tiles: {@code /tiles/{tileset}/{tms}/{z}/{x}/{y}.mvt} (or {@code .pbf}), x the column,
 * y the row from the top, z the set's level identifier; {@code ?time=} shows a past state of
 * versioned layers. Content-Type {@code application/vnd.mapbox-vector-tile}, a strong ETag, {@code
 * 304} on a matching {@code If-None-Match}, {@code Cache-Control: public} only when everyone may
 * read the tileset. An unknown tileset and one the caller may not read are the same 404.
 */
@RestController
@Tag(name = "瓦片 Tiles")
class VectorTileController {
  private static final MediaType MVT = MediaType.parseMediaType(TileFormat.MVT.contentType());

  private final VectorTileService service;
  private final LayerAccess access;

  VectorTileController(VectorTileService service, LayerAccess access) {
    this.service = service;
    this.access = access;
  }

  @GetMapping("/tiles/{tileset}/{tms}/{z}/{x:\\d+}/{y:\\d+}.{ext:mvt|pbf}")
  @Operation(summary = "Mapbox vector tile (MVT 2.1) of a layer or of the base map, XYZ addressing")
  ResponseEntity<?> tile(
      @PathVariable String tileset,
      @PathVariable String tms,
      @PathVariable String z,
      @PathVariable long x,
      @PathVariable long y,
      @RequestParam(name = "time", required = false) String time,
      @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
    var caller = Callers.current();
    Optional<Tileset> ts =
        service
            .tilesets()
            .find(tileset)
            .filter(t -> VectorTileService.readableBy(t, l -> access.canRead(caller, l)));
    if (ts.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "TILESET_NOT_FOUND", "no tileset '" + tileset + "'");
    }
    Optional<Instant> asOf;
    try {
      asOf =
          TimeParam.parse(Optional.ofNullable(time))
              .filter(t -> ts.get().versioned())
              .filter(t -> !t.isAfter(Instant.now()));
    } catch (ServiceException e) {
      return error(HttpStatus.BAD_REQUEST, "INVALID_TIME", e.getMessage());
    }
    var key = new TileKey(tileset, TileKey.DEFAULT_STYLE, tms, z, y, x, TileFormat.MVT, asOf);
    Tile tile;
    try {
      tile = service.tiles().tile(key);
    } catch (TileNotFoundException e) {
      return error(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    } catch (FeatureLimitException e) {
      return error(HttpStatus.PAYLOAD_TOO_LARGE, e.code(), e.getMessage() + ": use a finer level");
    } catch (TilesException e) {
      HttpStatus status =
          e.code().equals("TILE_TOO_LARGE")
              ? HttpStatus.PAYLOAD_TOO_LARGE
              : HttpStatus.INTERNAL_SERVER_ERROR;
      return error(status, e.code(), e.getMessage());
    } catch (GisException e) {
      throw e; // store failures, timeouts: the portal's handler maps them
    }
    String cacheControl =
        (ts.get().isPublic() ? "public" : "private") + ", max-age=" + service.maxAgeSeconds();
    if (tile.matches(ifNoneMatch)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
          .eTag(tile.etag())
          .header("Cache-Control", cacheControl)
          .build();
    }
    return ResponseEntity.ok()
        .contentType(MVT)
        .eTag(tile.etag())
        .header("Cache-Control", cacheControl)
        .body(tile.bytes());
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(code, message, Map.of()));
  }
}
