package cn.onemap.tiles.mvt;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.util.MvtUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A vector tile decoded with the library's protobuf classes (ids and typed values exactly as
 * written) and its JTS reader (geometries, MVT 2.1 ring winding).
 */
record DecodedTile(Map<String, DecodedTile.Layer> layers) {

  record Feature(Optional<Long> id, Map<String, Object> values, Geometry geometry) {
    /** The id a feature is known by: the MVT id or the id attribute. */
    String key() {
      return id.map(String::valueOf).orElseGet(() -> String.valueOf(values.get("id")));
    }
  }

  record Layer(String name, int extent, List<Feature> features) {
    Map<String, Feature> byKey() {
      var m = new LinkedHashMap<String, Feature>();
      for (Feature f : features) {
        if (m.put(f.key(), f) != null) {
          throw new AssertionError("layer " + name + " holds feature " + f.key() + " twice");
        }
      }
      return m;
    }
  }

  static DecodedTile decode(byte[] bytes) {
    try {
      VectorTile.Tile tile = VectorTile.Tile.parseFrom(bytes);
      JtsMvt jts =
          MvtReader.loadMvt(
              new ByteArrayInputStream(bytes),
              new GeometryFactory(),
              new TagKeyValueMapConverter(),
              MvtReader.RING_CLASSIFIER_V2_1);
      var layers = new LinkedHashMap<String, Layer>();
      for (VectorTile.Tile.Layer l : tile.getLayersList()) {
        List<Geometry> geometries = new ArrayList<>(jts.getLayer(l.getName()).getGeometries());
        if (geometries.size() != l.getFeaturesCount()) {
          throw new AssertionError(
              "layer "
                  + l.getName()
                  + ": "
                  + geometries.size()
                  + " geometries decoded of "
                  + l.getFeaturesCount()
                  + " features");
        }
        var features = new ArrayList<Feature>();
        for (int i = 0; i < l.getFeaturesCount(); i++) {
          VectorTile.Tile.Feature f = l.getFeatures(i);
          var values = new LinkedHashMap<String, Object>();
          for (int t = 0; t < f.getTagsCount(); t += 2) {
            values.put(l.getKeys(f.getTags(t)), MvtUtil.toObject(l.getValues(f.getTags(t + 1))));
          }
          features.add(
              new Feature(
                  f.hasId() ? Optional.of(f.getId()) : Optional.empty(),
                  values,
                  geometries.get(i)));
        }
        if (layers.put(l.getName(), new Layer(l.getName(), l.getExtent(), features)) != null) {
          throw new AssertionError("two layers named " + l.getName());
        }
      }
      return new DecodedTile(layers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
