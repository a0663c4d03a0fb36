package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureStore;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A layer's extent for capabilities: the store's box (CGCS2000 longitude/latitude, which is also
 * the WGS 84 box to the precision capabilities need) and that box in any advertised CRS (the
 * densified outline transformed, so Gauss-Krüger boxes cover the curved edges).
 *
 * @param layer the layer, null for the root layer
 * @param lonLat longitude/latitude box; CHINA when the layer is empty
 */
record LayerExtents(LayerDefinition layer, Envelope lonLat) {
  /** Used when a layer is empty: the area of use of CGCS2000 over China. */
  static final Envelope CHINA = new Envelope(73.62, 134.77, 16.7, 53.56);

  private static final GeometryFactory GF = new GeometryFactory();

  static LayerExtents of(FeatureStore store, LayerDefinition layer) {
    return new LayerExtents(layer, store.extent(layer.id()).orElse(CHINA));
  }

  static LayerExtents of(Envelope lonLat) {
    return new LayerExtents(null, lonLat);
  }

  /** The box in {@code crs}, x = east; empty when the box is outside the CRS's reach. */
  java.util.Optional<Envelope> in(WmsCrs crs) {
    if (crs.geographic()) {
      return java.util.Optional.of(lonLat);
    }
    try {
      return java.util.Optional.of(project(crs));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private Envelope project(WmsCrs crs) {
    var outline =
        org.locationtech.jts.densify.Densifier.densify(
            GF.toGeometry(lonLat), Math.max(lonLat.getWidth(), lonLat.getHeight()) / 16);
    return Transforms.get("EPSG:4490", crs.renderCode()).transform(outline).getEnvelopeInternal();
  }
}
