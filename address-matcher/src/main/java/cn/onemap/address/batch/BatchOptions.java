package cn.onemap.address.batch;

import java.util.Objects;

/**
 * How a batch runs.
 *
 * @param source what the rows are, for the report and the review queue (a job id, a bureau file)
 * @param queueForReview whether rows below the engine's review threshold go to the review queue
 * @param progress told every {@code progressEvery} rows
 * @param progressEvery rows between progress reports (≥ 1)
 */
public record BatchOptions(
    String source, boolean queueForReview, BatchProgress progress, int progressEvery) {
  public BatchOptions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(progress, "progress");
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be >= 1, was " + progressEvery);
    }
  }

  public static BatchOptions of(String source) {
    return new BatchOptions(source, true, BatchProgress.NONE, 10_000);
  }

  public BatchOptions withProgress(BatchProgress listener, int every) {
    return new BatchOptions(source, queueForReview, listener, every);
  }

  public BatchOptions withoutReview() {
    return new BatchOptions(source, false, progress, progressEvery);
  }
}
