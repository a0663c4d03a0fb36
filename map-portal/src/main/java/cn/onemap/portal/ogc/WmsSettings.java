package cn.onemap.portal.ogc;

import cn.onemap.ogc.wms.WmsMetadata;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.tiles.render.RenderBudget;

/** Turns {@code onemap.wms.*} into the WMS library's metadata and render budget. */
final class WmsSettings {
  private WmsSettings() {}

  static WmsMetadata metadata(PortalProperties.Wms wms) {
    WmsMetadata defaults = WmsMetadata.defaults();
    WmsMetadata.Contact d = defaults.contact();
    PortalProperties.Contact c = wms.contact();
    WmsMetadata.Contact contact =
        new WmsMetadata.Contact(
            or(c.person(), d.person()),
            or(c.organization(), d.organization()),
            or(c.position(), d.position()),
            or(c.address(), d.address()),
            or(c.city(), d.city()),
            or(c.province(), d.province()),
            or(c.postCode(), d.postCode()),
            or(c.country(), d.country()),
            or(c.phone(), d.phone()),
            or(c.email(), d.email()));
    return new WmsMetadata(
        wms.keywords().isEmpty() ? defaults.keywords() : wms.keywords(),
        contact,
        wms.layerKeywords(),
        wms.metadataUrls());
  }

  /** One budget for the process; 0 settings take the heap-derived defaults. */
  static RenderBudget budget(PortalProperties.Wms wms) {
    RenderBudget defaults = RenderBudget.forHeap();
    long memory = wms.renderMemory().toBytes();
    return new RenderBudget(
        memory > 0 ? memory : defaults.budgetBytes(),
        wms.renderConcurrency() > 0 ? wms.renderConcurrency() : defaults.maxConcurrent(),
        wms.renderWait());
  }

  private static String or(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
