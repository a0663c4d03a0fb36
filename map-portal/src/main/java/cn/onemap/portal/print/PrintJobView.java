package cn.onemap.portal.print;

import cn.onemap.portal.web.PublicErrors;
import java.time.Instant;
import java.util.Map;

/**
 * A print job as the API shows it.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param fraction the share done, 0–1
 * @param fileUrl where to fetch the file once SUCCEEDED (null before)
 * @param error code and message when it failed
 */
record PrintJobView(
    String id,
    String kind,
    String title,
    String format,
    String state,
    double fraction,
    long bytes,
    long scale,
    String fileUrl,
    Map<String, Object> error,
    Instant createdAt,
    Instant finishedAt) {

  static PrintJobView of(PrintJob job) {
    boolean done = job.state() == PrintJob.State.SUCCEEDED;
    return new PrintJobView(
        job.id(),
        PrintJob.KIND,
        job.title,
        job.format,
        job.state().name(),
        done ? 1.0 : job.fraction(),
        job.bytes,
        job.scale,
        done ? "/api/print/jobs/" + job.id() + "/file" : null,
        job.failure()
            .<Map<String, Object>>map(
                f ->
                    Map.of(
                        "code", f.code(), "message", PublicErrors.message(f.code(), f.message())))
            .orElse(null),
        job.created(),
        job.finished().orElse(null));
  }
}
