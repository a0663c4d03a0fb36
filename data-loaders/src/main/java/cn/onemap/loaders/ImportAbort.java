package cn.onemap.loaders;

import java.util.Map;

/**
 * Thrown from inside the edit stream to stop an import (the store then rolls back its transaction);
 * the importer turns it into an {@link ImportFailedException}.
 */
final class ImportAbort extends RuntimeException {
  final String code;
  final Map<String, Object> details;

  ImportAbort(String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = code;
    this.details = Map.copyOf(details);
  }
}
