package cn.onemap.core.catalog;

import cn.onemap.core.GisException;
import java.util.Map;

/**
 * A layer definition or attribute schema is not acceptable (bad identifier, duplicate name,
 * reserved name…).
 */
public class SchemaException extends GisException {
  public SchemaException(String message, Map<String, Object> details) {
    super("INVALID_SCHEMA", message, details, null);
  }
}
