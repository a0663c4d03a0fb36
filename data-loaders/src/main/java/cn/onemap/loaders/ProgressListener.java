package cn.onemap.loaders;

/**
 * Receives progress while an import runs: at least every 10,000 rows and at least once a second
 * while rows flow, plus once at the end. Called on the import thread: return quickly (the portal
 * stores the latest value for polling; the CLI prints a line).
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = p -> {};

  void onProgress(Progress progress);
}
