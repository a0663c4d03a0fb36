package cn.onemap.ogc.api;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * What a collection publishes about itself besides its definition.
 *
 * @param bbox extent of the current features (longitude/latitude); empty when there are none
 * @param firstValidFrom start of the temporal extent of a versioned layer (the oldest version, so
 *     that clients can discover which {@code datetime} values make sense); the extent ends now, an
 *     open end ({@code null}) in the JSON. Empty for layers without history or features.
 */
record CollectionInfo(
    LayerDefinition layer, Optional<Envelope> bbox, Optional<Instant> firstValidFrom) {
  /** ISO 8601 / Gregorian calendar, the temporal reference system of OGC API extents. */
  static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

  static CollectionInfo of(FeatureStore store, LayerDefinition layer) {
    return new CollectionInfo(
        layer,
        store.extent(layer.id()),
        layer.versioned() ? store.firstValidFrom(layer.id()) : Optional.empty());
  }

  /** The collection's path below the mount point, e.g. {@code /collections/roads}. */
  String path() {
    return "/collections/" + ApiRequest.segment(layer.id());
  }
}
