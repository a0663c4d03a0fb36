package cn.onemap.tiles.seed;

import java.util.List;

/**
 * The outcome of a tile job.
 *
 * @param progress the final counters
 * @param seconds wall-clock time
 * @param cancelled whether it stopped early because it was cancelled
 * @param errors the first failure messages (at most 20)
 */
public record JobReport(
    JobProgress progress, double seconds, boolean cancelled, List<String> errors) {
  public JobReport {
    errors = List.copyOf(errors);
  }

  public double tilesPerSecond() {
    return seconds <= 0 ? 0 : progress.rendered() / seconds;
  }
}
