package cn.onemap.loaders.source;

import cn.onemap.core.catalog.GeometryType;
import java.util.List;
import java.util.Optional;

/**
 * The columns and geometry type a source declares.
 *
 * @param fields attribute columns in file order (geometry and coordinate columns excluded)
 * @param geometryType declared geometry type (Shapefile, GeoPackage); empty when only the values
 *     tell
 */
public record SourceSchema(List<SourceField> fields, Optional<GeometryType> geometryType) {
  public SourceSchema {
    fields = List.copyOf(fields);
  }

  public Optional<SourceField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
