package cn.onemap.loaders;

import cn.onemap.loaders.source.FeatureSource;

/**
 * Calls the listener every {@value #EVERY_ROWS} rows or after a second without a report, whichever
 * comes first, and once more at the end.
 */
final class ProgressTicker implements EditStream.Ticker {
  static final long EVERY_ROWS = 10_000;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final FeatureSource source;
  private final ProgressListener listener;

  /** The next multiple of {@link #EVERY_ROWS} to report: time-driven reports do not move it. */
  private long nextRows = EVERY_ROWS;

  private long lastNanos = System.nanoTime();

  ProgressTicker(FeatureSource source, ProgressListener listener) {
    this.source = source;
    this.listener = listener;
  }

  @Override
  public void tick(EditStream<?> s, boolean force) {
    long now = System.nanoTime();
    // Batches are ~1,000 rows, so checking per batch keeps the 10,000-row promise.
    boolean rowMark = s.rowsRead >= nextRows;
    if (force || rowMark || now - lastNanos >= EVERY_NANOS) {
      while (nextRows <= s.rowsRead) {
        nextRows += EVERY_ROWS;
      }
      lastNanos = now;
      listener.onProgress(
          new Progress(s.rowsRead, source.bytesRead(), source.totalBytes(), s.rejected, s.warned));
    }
  }
}
