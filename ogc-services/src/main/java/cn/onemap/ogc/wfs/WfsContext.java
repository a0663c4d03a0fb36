package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.ows.ServiceException;
import java.util.List;

/**
 * What every WFS handler shares: the store, the configuration and the rules for type names (a layer
 * the caller cannot read is reported exactly like an unknown one).
 */
public record WfsContext(FeatureStore store, WfsConfig config) {
  public static final String PREFIX = "onemap";

  /** Layers the caller may read, in catalog order. */
  public List<LayerDefinition> readableLayers(AccessPolicy policy) {
    return store.layers().stream().filter(policy::canRead).map(policy::visible).toList();
  }

  /** The layer named by a type name ({@code onemap:x}, {@code x} or {@code {ns}x}). */
  public LayerDefinition layer(String typeName, AccessPolicy policy, String locator) {
    String id = typeName.strip();
    String clark = "{" + config.namespaceUri() + "}";
    if (id.startsWith(clark)) {
      id = id.substring(clark.length());
    } else if (id.contains(":")) {
      // Any prefix is accepted: clients bind their own (e.g. ns1:) to our namespace.
      id = id.substring(id.indexOf(':') + 1);
    }
    String finalId = id;
    return store
        .layer(id)
        .filter(policy::canRead)
        .map(policy::visible)
        .orElseThrow(
            () ->
                ServiceException.invalid(
                    locator, "unknown feature type '" + abbreviate(typeName) + "'"));
  }

  public String typeName(LayerDefinition layer) {
    return PREFIX + ":" + layer.id();
  }

  /**
   * A CRS named in a WFS request (srsName, BBOX suffix, GML srsName): URNs and URIs in EPSG axis
   * order, {@code EPSG:n} x/y, in 2.0 and 1.1 (GeoServer's rule); in 1.0.0 every spelling is x/y.
   */
  static WireCrs crs(String text, String version, String locator) {
    WireCrs crs = WireCrs.parse(text, cn.onemap.ogc.gml.AxisConvention.SHORT_EPSG_XY, locator);
    return WfsNames.isWfs10(version) ? crs.eastFirst() : crs;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
