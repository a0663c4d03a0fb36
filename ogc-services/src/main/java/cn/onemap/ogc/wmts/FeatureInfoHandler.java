package cn.onemap.ogc.wmts;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * GetFeatureInfo: the tile of a GetTile (same parameters, same checks) and the pixel I (column), J
 * (row) inside it, INFOFORMAT {@code text/html} (default), {@code application/json} or {@code
 * application/vnd.ogc.gml}, and the vendor FEATURE_COUNT. It is answered by the WMS's
 * GetFeatureInfo over the tile's envelope at the tile's size (a WMS 1.1.1 request, x = east in
 * every CRS), so a click finds exactly what the WMS finds at that pixel: one hit-testing rule for
 * both services.
 */
final class FeatureInfoHandler implements OperationHandler {
  static final List<String> INFO_FORMATS =
      List.of("text/html", "application/json", "application/vnd.ogc.gml");

  private final WmtsContext ctx;

  FeatureInfoHandler(WmtsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    OgcRequest r = call.request();
    TileAddress tile = GetTileHandler.read(ctx, r, call.policy());
    String format = GetTileHandler.required(r, "INFOFORMAT");
    long i = TileAddress.index(GetTileHandler.required(r, "I"), "i");
    long j = TileAddress.index(GetTileHandler.required(r, "J"), "j");
    return info(ctx, call.policy(), r, tile, format, i, j, r.param("FEATURE_COUNT"));
  }

  static OgcResponse info(
      WmtsContext ctx,
      AccessPolicy policy,
      OgcRequest r,
      TileAddress tile,
      String format,
      long i,
      long j,
      Optional<String> featureCount) {
    if (i < 0 || i >= tile.matrix().tileWidth()) {
      throw WmtsErrors.pointOutOfRange(
          "i", "I = " + i + " is outside the tile of " + tile.matrix().tileWidth() + " pixels");
    }
    if (j < 0 || j >= tile.matrix().tileHeight()) {
      throw WmtsErrors.pointOutOfRange(
          "j", "J = " + j + " is outside the tile of " + tile.matrix().tileHeight() + " pixels");
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (INFO_FORMATS.stream().noneMatch(f::startsWith)) {
      throw ServiceException.invalid(
          "infoformat",
          "INFOFORMAT '"
              + WmtsErrors.abbreviate(format)
              + "' is not offered; offered: "
              + INFO_FORMATS);
    }
    Envelope e = tile.matrix().tileEnvelope(tile.row(), tile.col());
    String layers =
        tile.tileset().layers().stream().map(LayerDefinition::id).collect(Collectors.joining(","));
    Map<String, String> kvp = new LinkedHashMap<>();
    kvp.put("SERVICE", "WMS");
    kvp.put("VERSION", "1.1.1");
    kvp.put("REQUEST", "GetFeatureInfo");
    kvp.put("LAYERS", layers);
    kvp.put("QUERY_LAYERS", layers);
    kvp.put("SRS", tile.set().crs());
    kvp.put("BBOX", e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY());
    kvp.put("WIDTH", Integer.toString(tile.matrix().tileWidth()));
    kvp.put("HEIGHT", Integer.toString(tile.matrix().tileHeight()));
    kvp.put("X", Long.toString(i));
    kvp.put("Y", Long.toString(j));
    kvp.put("INFO_FORMAT", format);
    featureCount.ifPresent(c -> kvp.put("FEATURE_COUNT", c));
    tile.time().ifPresent(t -> kvp.put("TIME", t.toString()));
    OgcRequest wms =
        new OgcRequest(
            "GET",
            "/",
            kvp,
            Optional.empty(),
            Optional.empty(),
            r.accept(),
            r.baseUrl(),
            r.linkParams());
    return ctx.wmsFeatureInfo().handle(new OwsCall(wms, policy, "1.1.1", Optional.empty()));
  }
}
