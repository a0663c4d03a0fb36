package cn.onemap.loaders;

/**
 * Lets another thread (a portal request, Ctrl-C in the CLI) cancel a running import. The import
 * checks it before every row and then fails with {@code IMPORT_CANCELLED}, rolling back everything
 * it wrote. Thread-safe.
 */
public final class CancelSignal {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
