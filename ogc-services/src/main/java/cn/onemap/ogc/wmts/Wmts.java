package cn.onemap.ogc.wmts;

import cn.onemap.core.GisException;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ExceptionEncoder;
import cn.onemap.ogc.ows.GisErrors;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.ows.OwsExceptionEncoder;
import cn.onemap.ogc.ows.ServiceDescriptor;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tilesets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WMTS 1.0.0 entry point (mounted at {@code /wmts}): KVP requests at the mount itself go through
 * the {@link OwsDispatcher} with the {@link #descriptor() WMTS descriptor} (GetCapabilities,
 * GetTile, GetFeatureInfo; keys case-insensitive, so Tianditu's lower-case {@code tilematrix=}
 * works), any other path is the RESTful binding ({@link WmtsRest}). Errors are OWS 1.1
 * ExceptionReports. Tiles come from a {@link TileSource} (the cache in production); access is
 * checked before it is asked. Thread-safe.
 */
public final class Wmts {
  private final WmtsContext ctx;
  private final ServiceDescriptor descriptor;
  private final OwsDispatcher dispatcher;
  private final WmtsCapabilities capabilities;
  private final ExceptionEncoder exceptions = new OwsExceptionEncoder("1.", "1.0.0");

  /**
   * @param wms the WMS descriptor whose GetFeatureInfo answers WMTS GetFeatureInfo
   */
  public Wmts(
      FeatureStore store,
      TileSource tiles,
      Tilesets tilesets,
      StyleCatalog styles,
      ServiceDescriptor wms,
      WmtsConfig config) {
    OperationHandler info =
        wms.operation("GetFeatureInfo")
            .orElseThrow(() -> new IllegalArgumentException("the WMS has no GetFeatureInfo"));
    this.ctx =
        new WmtsContext(store, tiles, tilesets, styles, TileMatrixSets.standard(), info, config);
    this.capabilities = new WmtsCapabilities(ctx);
    Map<String, OperationHandler> ops = new LinkedHashMap<>();
    ops.put("GetCapabilities", capabilities);
    ops.put("GetTile", new GetTileHandler(ctx));
    ops.put("GetFeatureInfo", new FeatureInfoHandler(ctx));
    this.descriptor = new ServiceDescriptor("WMTS", List.of("1.0.0"), ops, exceptions);
    this.dispatcher = new OwsDispatcher(List.of(descriptor));
  }

  /** The WMTS as one service of an OWS endpoint (e.g. {@code /ows?SERVICE=WMTS}). */
  public ServiceDescriptor descriptor() {
    return descriptor;
  }

  /**
   * A request to one of Tianditu's service paths ({@code vec_c}, {@code cva_c}, {@code vec_w},
   * {@code cva_w}): GetCapabilities shows only that layer under Tianditu's name and only that set,
   * as Tianditu's do; tiles and feature info are the WMTS's (Tianditu's layer names are aliases).
   */
  public OgcResponse handleTianditu(String service, OgcRequest request, AccessPolicy policy) {
    String[] parts = service.split("_", 2);
    String tileset = WmtsContext.TIANDITU_LAYERS.get(parts[0]);
    if (parts.length != 2 || tileset == null || !(parts[1].equals("c") || parts[1].equals("w"))) {
      throw new IllegalArgumentException("not a Tianditu service: " + service);
    }
    boolean caps =
        WmtsRest.isCapabilities(request.path())
            || (request.path().equals("/")
                && request
                    .param("REQUEST")
                    .filter("GetCapabilities"::equalsIgnoreCase)
                    .isPresent());
    if (!caps) {
      return handle(request, policy);
    }
    return capabilities.document(
        request,
        policy,
        java.util.Optional.of(new WmtsCapabilities.TiandituView(parts[0], tileset, parts[1])));
  }

  /** Handles one request; never throws for a bad request (the error is in the response). */
  public OgcResponse handle(OgcRequest request, AccessPolicy policy) {
    String path = request.path();
    if (path.equals("/") || path.isEmpty()) {
      return dispatcher.handle(request, policy);
    }
    try {
      if (WmtsRest.isCapabilities(path)) {
        return capabilities.document(request, policy);
      }
      return WmtsRest.handle(ctx, request, policy);
    } catch (ServiceException e) {
      OgcResponse report = exceptions.encode(e, "1.0.0");
      return e.retryAfterSeconds()
          .map(s -> report.withHeader("Retry-After", String.valueOf(s)))
          .orElse(report);
    } catch (GisException e) {
      return exceptions.encode(GisErrors.toServiceException(e), "1.0.0");
    }
  }
}
