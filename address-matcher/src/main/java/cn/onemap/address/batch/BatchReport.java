package cn.onemap.address.batch;

import cn.onemap.address.MatchLevel;
import cn.onemap.address.MatchStatus;
import java.time.Duration;
import java.util.Map;

/**
 * The match-rate report of one batch run.
 *
 * @param source what was geocoded
 * @param rows rows geocoded
 * @param byStatus rows per status
 * @param byLevel rows per level of the best candidate (rows without one are not counted)
 * @param errors rows whose text could not be geocoded at all
 * @param queuedForReview rows sent to the review queue
 * @param elapsed time from the first row to the last
 */
public record BatchReport(
    String source,
    long rows,
    Map<MatchStatus, Long> byStatus,
    Map<MatchLevel, Long> byLevel,
    long errors,
    long queuedForReview,
    Duration elapsed) {

  public BatchReport {
    byStatus = Map.copyOf(byStatus);
    byLevel = Map.copyOf(byLevel);
  }

  /** Share of rows matched at door level or finer with enough confidence (status MATCHED). */
  public double matchRate() {
    return rows == 0 ? 0 : byStatus.getOrDefault(MatchStatus.MATCHED, 0L) / (double) rows;
  }

  public double rowsPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : rows / s;
  }
}
