package cn.onemap.tiles.render;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Wkt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Small hand-built layers around (116.1, 24.3). The standard view {@link #VIEW} is 0.02° square, so
 * on a 200×200 image one pixel is 1e-4° and (116.1, 24.3) is pixel (100, 100):
 *
 * <pre>
 *   y=24.31 +----------------+
 *           |                |
 *           |       *(100,100)
 *           |                |
 *   y=24.29 +----------------+  x = 116.09 … 116.11
 * </pre>
 */
final class TestLayers {
  static final Envelope VIEW = new Envelope(116.09, 116.11, 24.29, 24.31);

  private TestLayers() {}

  static LayerDefinition create(
      FeatureStore store, String id, LayerKind kind, GeometryType type, String... attributes) {
    List<AttributeDefinition> attrs = new ArrayList<>();
    for (String a : attributes) {
      String[] nt = a.split(":");
      attrs.add(
          AttributeDefinition.optional(
              nt[0], nt.length > 1 ? AttributeType.valueOf(nt[1]) : AttributeType.STRING, nt[0]));
    }
    LayerDefinition def = LayerDefinition.of(id, id, kind, type, attrs);
    store.createLayer(def);
    return def;
  }

  /** Inserts features given as WKT followed by attribute key/value pairs. */
  static void insert(FeatureStore store, String layer, String wkt, Object... kv) {
    Map<String, Object> attrs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      attrs.put((String) kv[i], kv[i + 1]);
    }
    store.apply(layer, List.of(FeatureEdit.insert(Wkt.read(wkt), attrs)), EditContext.by("test"));
  }

  /** WKT of a point at pixel (px, py) of the standard 200×200 view. */
  static String pixel(double px, double py) {
    return "POINT (" + lon(px) + " " + lat(py) + ")";
  }

  static double lon(double px) {
    return 116.09 + px * 1e-4;
  }

  static double lat(double py) {
    return 24.31 - py * 1e-4;
  }
}
