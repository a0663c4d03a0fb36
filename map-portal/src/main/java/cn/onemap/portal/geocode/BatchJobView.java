package cn.onemap.portal.geocode;

import cn.onemap.address.batch.BatchReport;
import cn.onemap.portal.web.PublicErrors;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch geocoding job as the API shows it.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param progress rows geocoded so far of the file's rows
 * @param report the per-run match-rate report (so far while running)
 * @param error code, message and details when the job failed or was cancelled
 * @param resultUrl where to download the result CSV once SUCCEEDED
 * @param reviewUrl the review-queue items of this run (for editors)
 */
@Schema(description = "A batch geocoding job")
record BatchJobView(
    String id,
    String owner,
    String state,
    String fileName,
    String column,
    String encoding,
    Progress progress,
    Report report,
    Error error,
    Instant createdAt,
    Instant finishedAt,
    String resultUrl,
    String reviewUrl) {

  record Progress(long rows, long matched, long totalRows, double fraction) {}

  /**
   * @param matchRate share of rows MATCHED (door level or finer with enough confidence)
   * @param byStatus rows per status (matched, review, partial, out_of_area, unmatched)
   * @param byLevel rows per level of the best candidate
   * @param errors rows whose text could not be geocoded (empty, too long, binary)
   * @param queuedForReview rows sent to the review queue
   */
  record Report(
      long rows,
      double matchRate,
      Map<String, Long> byStatus,
      Map<String, Long> byLevel,
      long errors,
      long queuedForReview,
      double seconds,
      double rowsPerSecond) {
    static Report of(BatchReport r) {
      var status = new TreeMap<String, Long>();
      r.byStatus().forEach((k, v) -> status.put(k.key(), v));
      var level = new TreeMap<String, Long>();
      r.byLevel().forEach((k, v) -> level.put(k.key(), v));
      return new Report(
          r.rows(),
          Math.round(r.matchRate() * 10_000) / 10_000.0,
          status,
          level,
          r.errors(),
          r.queuedForReview(),
          r.elapsed().toMillis() / 1000.0,
          Math.round(r.rowsPerSecond()));
    }
  }

  record Error(String code, String message, Map<String, Object> details) {}

  static BatchJobView of(BatchJob job) {
    String base = "/api/geocode/batch/" + job.id();
    long rows = job.rows;
    return new BatchJobView(
        job.id(),
        job.owner(),
        job.state().name(),
        job.fileName,
        job.column,
        job.charset == null ? null : job.charset.name(),
        new Progress(rows, job.matched, job.totalRows, job.fraction()),
        job.report,
        job.failure()
            .map(
                f ->
                    new Error(
                        f.code(),
                        PublicErrors.message(f.code(), f.message()),
                        PublicErrors.details(f.code(), f.details())))
            .orElse(null),
        job.created(),
        job.finished().orElse(null),
        base + "/result",
        "/api/geocode/review?source=" + job.id());
  }
}
