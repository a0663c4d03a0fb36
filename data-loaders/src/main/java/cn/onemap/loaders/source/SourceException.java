package cn.onemap.loaders.source;

import cn.onemap.core.GisException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A source cannot be read at all: missing file, I/O error, broken structure (not a row-level data
 * problem, which goes into the QC report). Code {@code SOURCE_UNREADABLE}.
 */
public class SourceException extends GisException {
  public SourceException(Path file, String message, Throwable cause) {
    super(
        "SOURCE_UNREADABLE",
        file.getFileName() + ": " + message,
        Map.of("file", file.toString()),
        cause);
  }
}
