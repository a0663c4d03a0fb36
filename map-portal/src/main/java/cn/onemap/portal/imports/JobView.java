package cn.onemap.portal.imports;

import cn.onemap.loaders.ImportReport;
import cn.onemap.loaders.Progress;
import cn.onemap.portal.web.PublicErrors;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * An import job as the API shows it.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param progress rows and bytes read so far ({@code fraction} 0–1 of the file)
 * @param report counts of the finished import (also of a failed one: what was read before it
 *     failed)
 * @param error code, message and details when the import failed (nothing was written then)
 * @param qcReportUrl where to download the per-row QC report (CSV)
 */
record JobView(
    String id,
    String layerId,
    String owner,
    String state,
    ProgressView progress,
    ReportView report,
    ErrorView error,
    Instant createdAt,
    Instant finishedAt,
    String qcReportUrl) {

  record ProgressView(
      long rowsRead,
      long bytesRead,
      long totalBytes,
      double fraction,
      long rejected,
      long warnings) {

    static ProgressView of(Progress p) {
      return new ProgressView(
          p.rowsRead(), p.bytesRead(), p.totalBytes(), p.fraction(), p.rejected(), p.warnings());
    }
  }

  record ReportView(
      String status,
      String format,
      boolean layerCreated,
      long rowsRead,
      long inserted,
      long updated,
      long unchanged,
      long rejected,
      long warnings,
      String crs,
      String encoding,
      double seconds,
      Map<String, Long> issues) {

    static ReportView of(ImportReport r) {
      var issues = new TreeMap<String, Long>();
      r.issueCounts().forEach((code, n) -> issues.put(code.name(), n));
      return new ReportView(
          r.status().name(),
          r.format().map(Enum::name).orElse(null),
          r.layerCreated(),
          r.rowsRead(),
          r.inserted(),
          r.updated(),
          r.unchanged(),
          r.rejected(),
          r.warnings(),
          r.crs().map(c -> c.code() + " (" + c.describe() + ")").orElse(null),
          r.encoding().map(Object::toString).orElse(null),
          r.elapsed().toMillis() / 1000.0,
          issues);
    }
  }

  record ErrorView(String code, String message, Map<String, Object> details) {}

  static JobView of(ImportJob job) {
    var failure = job.failure();
    return new JobView(
        job.id(),
        job.layerId,
        job.owner(),
        job.state().name(),
        job.progress,
        job.report,
        failure
            .map(
                f ->
                    new ErrorView(
                        f.code(),
                        PublicErrors.message(f.code(), f.message()),
                        PublicErrors.details(f.code(), f.details())))
            .orElse(null),
        job.created(),
        job.finished().orElse(null),
        "/api/jobs/" + job.id() + "/qc-report");
  }
}
