package cn.onemap.loaders.shapefile;

import cn.onemap.core.catalog.AttributeType;
import java.util.Optional;

/**
 * A DBF field descriptor.
 *
 * @param name the field name, decoded with the file's encoding
 * @param type the dBASE type letter (C, N, F, L, D, I, M …)
 * @param offset byte offset within a record (after the deletion flag)
 * @param length field length in bytes
 * @param decimals decimal count of numeric fields
 */
record DbfField(String name, char type, int offset, int length, int decimals) {

  /** The attribute type this field maps to; empty for memo and binary fields (skipped). */
  Optional<AttributeType> attributeType() {
    return switch (type) {
      case 'C' -> Optional.of(AttributeType.STRING);
      case 'N', 'F' -> {
        if (decimals > 0) {
          yield Optional.of(AttributeType.DOUBLE);
        }
        yield Optional.of(
            length < 10
                ? AttributeType.INTEGER
                : length < 19 ? AttributeType.LONG : AttributeType.DOUBLE);
      }
      case 'I' -> Optional.of(AttributeType.INTEGER);
      case 'L' -> Optional.of(AttributeType.BOOLEAN);
      case 'D' -> Optional.of(AttributeType.DATE);
      default -> Optional.empty();
    };
  }
}
