package cn.onemap.ogc.wms;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.ServiceDescriptor;
import cn.onemap.tiles.render.MapRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WMS service descriptor: versions 1.3.0 and 1.1.1; GetCapabilities, GetMap, GetFeatureInfo and
 * GetLegendGraphic; ServiceExceptionReport errors in each version's format. Register it with an
 * {@code OwsDispatcher} next to the WFS.
 */
public final class WmsService {
  private WmsService() {}

  /** A WMS drawing the styles directory's and the store's named styles. */
  public static ServiceDescriptor descriptor(FeatureStore store, WmsConfig config) {
    return descriptor(store, config, StyleCatalog.live(config.stylesDir(), store));
  }

  /** A WMS drawing {@code styles}: share one catalog with the WMTS and the tile cache. */
  public static ServiceDescriptor descriptor(
      FeatureStore store, WmsConfig config, StyleCatalog styles) {
    WmsContext ctx =
        new WmsContext(
            store,
            new MapRenderer(store),
            config,
            styles,
            new cn.onemap.tiles.thematic.ThematicStyles(store));
    Map<String, OperationHandler> ops = new LinkedHashMap<>();
    ops.put("GetCapabilities", new WmsCapabilities(ctx));
    ops.put("GetMap", new GetMapHandler(ctx));
    ops.put("GetFeatureInfo", new GetFeatureInfoHandler(ctx));
    ops.put("GetLegendGraphic", new GetLegendGraphicHandler(ctx));
    // WMS 1.0 name of GetCapabilities, still sent by some 1.1.1 clients.
    ops.put("capabilities", new WmsCapabilities(ctx));
    // WMS 1.3.0 6.9.2 and 1.1.1 6.9.2: VERSION is mandatory in every request but GetCapabilities.
    return new ServiceDescriptor(
        "WMS",
        List.of("1.3.0", "1.1.1"),
        ops,
        new WmsExceptionEncoder(),
        Map.of(),
        java.util.Set.of("GetMap", "GetFeatureInfo"));
  }
}
