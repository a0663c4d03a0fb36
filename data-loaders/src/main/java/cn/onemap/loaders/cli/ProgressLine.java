package cn.onemap.loaders.cli;

import cn.onemap.loaders.Progress;
import cn.onemap.loaders.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/** Prints one progress line per report: rows, share of the file, rejects, rate. */
final class ProgressLine implements ProgressListener {
  private final PrintStream out;
  private final String name;
  private final long started = System.nanoTime();

  ProgressLine(PrintStream out, String name) {
    this.out = out;
    this.name = name;
  }

  @Override
  public void onProgress(Progress p) {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    out.printf(
        Locale.ROOT,
        "%s: %,d rows (%.0f%% of %,d bytes), %,d rejected, %,d warned, %,.0f rows/s%n",
        name,
        p.rowsRead(),
        p.fraction() * 100,
        p.totalBytes(),
        p.rejected(),
        p.warnings(),
        p.rowsRead() / seconds);
    out.flush();
  }
}
