package cn.onemap.loaders;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.loaders.pipeline.AttributeMapping;
import cn.onemap.loaders.schema.InferredSchema;
import cn.onemap.loaders.schema.SchemaInference;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceField;
import cn.onemap.loaders.source.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layer an import writes to, how source columns map onto it, and whether the import created it
 * (so a failed import can drop it again).
 */
record TargetLayer(LayerDefinition layer, AttributeMapping mapping, boolean created) {

  static TargetLayer resolve(
      FeatureStore store, ImportRequest request, FeatureSource source, List<SourceRecord> sample) {
    List<SourceField> fields = fields(source, sample);
    Optional<LayerDefinition> existing = store.layer(request.layerId());
    if (existing.isPresent()) {
      List<String> columns = fields.stream().map(SourceField::name).toList();
      return new TargetLayer(
          existing.get(), AttributeMapping.match(existing.get(), columns), false);
    }
    if (request.createLayer().isEmpty()) {
      throw new ImportAbort(
          "LAYER_NOT_FOUND",
          "layer '" + request.layerId() + "' does not exist; ask for it to be created",
          Map.of("layer", request.layerId()));
    }
    NewLayer spec = request.createLayer().get();
    InferredSchema inferred =
        SchemaInference.infer(
            request.layerId(),
            spec.title(),
            spec.kind(),
            spec.geometryType(),
            spec.accessLevel(),
            fields,
            source.schema().geometryType(),
            sample);
    store.createLayer(inferred.layer());
    return new TargetLayer(
        inferred.layer(), AttributeMapping.of(inferred.columnToAttribute()), true);
  }

  /** Declared columns, then (for schemaless GeoJSON) property names in order of appearance. */
  static List<SourceField> fields(FeatureSource source, List<SourceRecord> sample) {
    List<SourceField> fields = new ArrayList<>(source.schema().fields());
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    fields.forEach(f -> seen.add(f.name()));
    for (SourceRecord r : sample) {
      for (String name : r.values().keySet()) {
        if (seen.add(name)) {
          fields.add(SourceField.untyped(name));
        }
      }
    }
    return fields;
  }

  /**
   * The source column holding the key: a column of that name, or the one feeding that attribute.
   */
  static Optional<String> keyColumn(
      Optional<String> key, List<SourceField> fields, AttributeMapping mapping) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (SourceField f : fields) {
      if (f.name().equals(key.get())) {
        return Optional.of(f.name());
      }
    }
    for (SourceField f : fields) {
      if (mapping.attribute(f.name()).filter(key.get()::equals).isPresent()) {
        return Optional.of(f.name());
      }
    }
    throw new ImportAbort(
        "KEY_COLUMN_NOT_FOUND",
        "key column '"
            + key.get()
            + "' is neither a column of the file "
            + fields.stream().map(SourceField::name).toList()
            + " nor an attribute fed by one",
        Map.of("key", key.get()));
  }
}
