package cn.onemap.loaders;

import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.text.DetectedEncoding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What an import did. When {@link #status()} is FAILED nothing was written (the transaction was
 * rolled back; a layer the import created was dropped again) and the counts say how far it got.
 *
 * @param status COMMITTED or FAILED
 * @param layerId the target layer
 * @param source the imported file
 * @param format the file's format
 * @param layerCreated whether the import created the layer
 * @param rowsRead rows read from the source
 * @param inserted features inserted (new keys, or every row without a key)
 * @param updated features that got a new version (key seen before, content changed)
 * @param unchanged rows whose feature was already identical (no new version)
 * @param rejected rows skipped for errors (see the QC report)
 * @param warnings rows written with at least one warning
 * @param crs the source CRS and how it was decided; empty if the import failed before that
 * @param encoding how text was decoded (CSV, DBF); empty for UTF-8-only formats
 * @param elapsed wall time
 * @param qcReport the QC report file (CSV, UTF-8 with BOM)
 * @param issueCounts findings per code, file-level notes included
 * @param failure why the import failed: a code and message; empty when committed
 */
public record ImportReport(
    Status status,
    String layerId,
    Path source,
    Optional<SourceFormat> format,
    boolean layerCreated,
    long rowsRead,
    long inserted,
    long updated,
    long unchanged,
    long rejected,
    long warnings,
    Optional<DetectedCrs> crs,
    Optional<DetectedEncoding> encoding,
    Duration elapsed,
    Path qcReport,
    Map<IssueCode, Long> issueCounts,
    Optional<String> failure) {

  /** Outcome of an import. */
  public enum Status {
    COMMITTED,
    FAILED
  }

  public ImportReport {
    issueCounts = Map.copyOf(issueCounts);
  }

  /** Rows written: inserted + updated + unchanged. */
  public long written() {
    return inserted + updated + unchanged;
  }
}
