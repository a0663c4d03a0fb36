package cn.onemap.tiles.mvt;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureLimitException;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.VectorTileRequest;
import cn.onemap.tiles.render.Reprojection;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Encodes one layer of a vector tile in Java from the rows {@link FeatureStore#query} reads (the
 * H2GIS path; PostGIS encodes in the database). It reads exactly the rows the PostGIS statement
 * reads (the same bbox index test and instant) and writes the same values: the feature id as the
 * MVT id when numeric, else as the attribute {@link VectorTileRequest#idAttribute}; integers,
 * doubles, booleans and strings as themselves; dates as {@code yyyy-MM-dd}; timestamps as UTC ISO
 * 8601 with microseconds. Null values are left out, as {@code ST_AsMVT} does.
 */
final class JavaLayerEncoder {
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final FeatureStore store;

  JavaLayerEncoder(FeatureStore store) {
    this.store = store;
  }

  /** The layer's bytes (a tile of one layer), zero bytes when no feature shows. */
  byte[] encode(LayerDefinition layer, VectorTileRequest r, Reprojection crs) {
    var query = FeatureQuery.layer(layer.id()).bbox(r.searchBox()).envelopeOnly(true);
    if (layer.versioned()) {
      r.asOf().ifPresent(query::asOf);
    }
    r.properties().ifPresent(query::properties);
    var cut = new TileGeometry(r.bounds(), r.extent(), r.buffer(), r.tolerance());
    String idAttribute = VectorTileRequest.idAttribute(layer);
    // Attributes restricted to a role never go into a (shared, cached) tile.
    java.util.Set<String> hidden =
        layer.attributes().stream()
            .filter(a -> a.readRole() != null)
            .map(cn.onemap.core.catalog.AttributeDefinition::name)
            .collect(java.util.stream.Collectors.toSet());
    List<Geometry> geometries = new ArrayList<>();
    int read = 0;
    try (FeatureCursor cursor = store.query(query.build())) {
      while (cursor.hasNext()) {
        Feature f = cursor.next();
        if (++read > r.maxFeatures()) {
          throw new FeatureLimitException(layer.id(), r.maxFeatures());
        }
        Optional<Geometry> tile = f.geometry().flatMap(crs::toMap).flatMap(cut::toTile);
        if (tile.isEmpty()) {
          continue;
        }
        Geometry g = tile.get();
        g.setUserData(tags(f, idAttribute, hidden));
        geometries.add(g);
      }
    }
    if (geometries.isEmpty()) {
      return new byte[0];
    }
    var params = new MvtLayerParams(r.extent());
    VectorTile.Tile.Layer.Builder layerBuilder = MvtUtil.newLayerBuilder(r.name(), params);
    var props = new MvtLayerProps();
    JtsAdapter.addFeatures(layerBuilder, geometries, props, TAGS);
    MvtUtil.writeProps(layerBuilder, props);
    return VectorTile.Tile.newBuilder().addLayers(layerBuilder).build().toByteArray();
  }

  /** What one feature carries: its MVT id (or none) and its non-null values, in schema order. */
  private record Tags(Optional<Long> id, Map<String, Object> values) {}

  private static Tags tags(Feature f, String idAttribute, java.util.Set<String> hidden) {
    var values = new LinkedHashMap<String, Object>();
    Optional<Long> id = Optional.empty();
    if (VectorTileRequest.numericId(f.id())) {
      id = Optional.of(Long.parseLong(f.id()));
    } else {
      values.put(idAttribute, f.id());
    }
    f.attributes()
        .forEach(
            (name, value) -> {
              if (hidden.contains(name)) {
                return;
              }
              Object v = mvtValue(value);
              if (v != null) {
                values.put(name, v);
              }
            });
    return new Tags(id, values);
  }

  static Object mvtValue(Object value) {
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Instant i) {
      return TIMESTAMP.format(i);
    }
    return value;
  }

  private static final IUserDataConverter TAGS =
      (userData, props, feature) -> {
        Tags tags = (Tags) userData;
        tags.id().ifPresent(feature::setId);
        tags.values()
            .forEach(
                (k, v) -> {
                  feature.addTags(props.addKey(k));
                  feature.addTags(props.addValue(v));
                });
      };
}
