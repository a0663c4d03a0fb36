package cn.onemap.ogc.fes;

import cn.onemap.core.catalog.LayerDefinition;

/**
 * Feature identifiers on the wire: {@code <layerId>.<fid>} (the gml:id, as GeoServer writes it); a
 * bare fid is accepted too.
 */
public final class ResourceIds {
  private ResourceIds() {}

  public static String gmlId(String layerId, String fid) {
    return layerId + "." + fid;
  }

  /** The store's feature id of a wire resource id. */
  public static String featureId(LayerDefinition layer, String rid) {
    String prefix = layer.id() + ".";
    return rid.startsWith(prefix) ? rid.substring(prefix.length()) : rid;
  }
}
