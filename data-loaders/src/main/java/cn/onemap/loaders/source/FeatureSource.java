package cn.onemap.loaders.source;

import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.text.DetectedEncoding;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A file being read row by row; never holds more than a row (plus read buffers) in memory. {@link
 * #next()} and {@link #hasNext()} throw {@link SourceException} on I/O errors or a broken file
 * structure (which fail the import); a row whose geometry cannot be parsed is returned with {@link
 * SourceRecord#geometryError()} instead (which rejects that row only). Not thread-safe.
 */
public interface FeatureSource extends Iterator<SourceRecord>, AutoCloseable {

  SourceFormat format();

  SourceSchema schema();

  /** The CRS the file declares (.prj, GeoPackage srs, GeoJSON crs member); empty if none. */
  Optional<DetectedCrs> declaredCrs();

  /** How text was decoded; empty for formats whose text is always UTF-8 by specification. */
  Optional<DetectedEncoding> encoding();

  /** Bytes consumed so far, for progress (approximate for formats read through a library). */
  long bytesRead();

  /** Size of the file(s) in bytes. */
  long totalBytes();

  /** Findings about the whole file made while opening it (e.g. a missing .prj). */
  default List<Issue> fileIssues() {
    return List.of();
  }

  @Override
  void close();
}
