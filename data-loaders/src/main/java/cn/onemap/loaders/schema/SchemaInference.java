package cn.onemap.loaders.schema;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.loaders.source.SourceField;
import cn.onemap.loaders.source.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * Infers a layer schema from a source: attribute names from {@link FieldNames} (original names kept
 * as labels), types as the file declares them (DBF, GeoPackage) or from a sample of values ({@link
 * TypeSampler}: CSV, GeoJSON), and the geometry type as declared or from the sampled geometries.
 *
 * <p>Limits: a sample is not the whole file. A later value that does not fit the sampled type is
 * rejected row by row in the QC report; create the layer beforehand when that matters.
 */
public final class SchemaInference {
  private SchemaInference() {}

  /**
   * @param fields the source's columns (declared, plus names seen in the sample)
   * @param declaredGeometry the geometry type the file declares, if any
   * @param sample the first rows of the source
   */
  public static InferredSchema infer(
      String layerId,
      String title,
      LayerKind kind,
      Optional<GeometryType> geometryType,
      Optional<AccessLevel> accessLevel,
      List<SourceField> fields,
      Optional<GeometryType> declaredGeometry,
      List<SourceRecord> sample) {
    List<String> names = FieldNames.sanitise(fields.stream().map(SourceField::name).toList());
    List<AttributeDefinition> attributes = new ArrayList<>();
    Map<String, String> mapping = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      SourceField f = fields.get(i);
      AttributeType type = f.type().orElseGet(() -> sampleType(f.name(), sample));
      attributes.add(AttributeDefinition.optional(names.get(i), type, f.name()));
      mapping.put(f.name(), names.get(i));
    }
    GeometryType g =
        geometryType.or(() -> declaredGeometry).orElseGet(() -> sampleGeometry(sample));
    LayerDefinition layer =
        new LayerDefinition(
            layerId, title, kind, g, attributes, accessLevel.orElse(null), true, null);
    return new InferredSchema(layer, mapping);
  }

  private static AttributeType sampleType(String column, List<SourceRecord> sample) {
    TypeSampler s = new TypeSampler();
    for (SourceRecord r : sample) {
      s.add(r.values().get(column));
    }
    return s.type();
  }

  /** The narrowest layer type accepting every sampled geometry; GEOMETRY when they mix. */
  static GeometryType sampleGeometry(List<SourceRecord> sample) {
    TreeSet<String> types = new TreeSet<>();
    for (SourceRecord r : sample) {
      r.geometry().map(Geometry::getGeometryType).ifPresent(types::add);
    }
    if (types.isEmpty()) {
      return GeometryType.GEOMETRY;
    }
    if (types.size() == 1) {
      return switch (types.first()) {
        case Geometry.TYPENAME_POINT -> GeometryType.POINT;
        case Geometry.TYPENAME_LINESTRING -> GeometryType.LINESTRING;
        case Geometry.TYPENAME_POLYGON -> GeometryType.POLYGON;
        case Geometry.TYPENAME_MULTIPOINT -> GeometryType.MULTIPOINT;
        case Geometry.TYPENAME_MULTILINESTRING -> GeometryType.MULTILINESTRING;
        case Geometry.TYPENAME_MULTIPOLYGON -> GeometryType.MULTIPOLYGON;
        default -> GeometryType.GEOMETRY;
      };
    }
    for (GeometryType multi :
        List.of(GeometryType.MULTIPOINT, GeometryType.MULTILINESTRING, GeometryType.MULTIPOLYGON)) {
      if (types.stream().allMatch(multi::accepts)) {
        return multi;
      }
    }
    return GeometryType.GEOMETRY;
  }
}
