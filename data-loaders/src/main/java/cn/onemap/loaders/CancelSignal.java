package cn.onemap.loaders;

/**
 * Lets another thread (a portal request, Ctrl-C in the CLI) cancel a running import or batch. An
 * import checks it between its stages (opening, sampling, resolving the CRS and target), before
 * every row it reads and before each batch is geocoded, validated and written, and then fails with
 * {@code IMPORT_CANCELLED}, rolling back everything it wrote. Thread-safe.
 */
public final class CancelSignal {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Stops an import between stages: fails it with {@code IMPORT_CANCELLED} naming the stage. */
  void check(String stage) {
    if (cancelled) {
      throw new ImportAbort(
          "IMPORT_CANCELLED", "the import was cancelled while " + stage, java.util.Map.of());
    }
  }
}
