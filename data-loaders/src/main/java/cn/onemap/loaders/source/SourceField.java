package cn.onemap.loaders.source;

import cn.onemap.core.catalog.AttributeType;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of the source as the file declares it.
 *
 * @param name the name in the file, as written (may be Chinese)
 * @param type the type the file declares (DBF, GeoPackage); empty when the format has no types
 *     (CSV, GeoJSON), in which case layer creation samples the values
 */
public record SourceField(String name, Optional<AttributeType> type) {
  public SourceField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static SourceField untyped(String name) {
    return new SourceField(name, Optional.empty());
  }

  public static SourceField typed(String name, AttributeType type) {
    return new SourceField(name, Optional.of(type));
  }
}
