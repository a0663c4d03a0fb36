package cn.onemap.ogc.wfs;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsExceptionEncoder;
import cn.onemap.ogc.ows.ServiceDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WFS service descriptor: versions 2.0.0 and 1.1.0 (and 1.0.0 for Transaction only), one
 * handler per operation, OWS 1.1 exception reports for 2.0 and OWS 1.0 for 1.1. Register it with an
 * {@code OwsDispatcher}.
 */
public final class WfsService {
  private WfsService() {}

  public static ServiceDescriptor descriptor(FeatureStore store, WfsConfig config) {
    WfsContext ctx = new WfsContext(store, config);
    Map<String, OperationHandler> ops = new LinkedHashMap<>();
    ops.put("GetCapabilities", new CapabilitiesHandler(ctx));
    ops.put("DescribeFeatureType", new DescribeFeatureTypeHandler(ctx));
    ops.put("GetFeature", new GetFeatureHandler(ctx));
    ops.put("GetPropertyValue", new GetPropertyValueHandler(ctx));
    ops.put("ListStoredQueries", StoredQueriesHandler.list(ctx));
    ops.put("DescribeStoredQueries", StoredQueriesHandler.describe(ctx));
    ops.put("Transaction", new TransactionHandler(ctx));
    // QGIS 3.22 edits every WFS layer, even one it loaded as 2.0.0, with a 1.0.0 Transaction.
    return new ServiceDescriptor(
        "WFS",
        List.of("2.0.0", "1.1.0"),
        ops,
        new OwsExceptionEncoder("2."),
        Map.of("Transaction", List.of(WfsNames.WFS10_VERSION)),
        java.util.Set.of());
  }
}
