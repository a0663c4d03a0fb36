package cn.onemap.tiles.render;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admission control for renders, so that big images cannot run the heap out: a global memory budget
 * (bytes all admitted renders may hold at once, counted in KiB), a limit of concurrent renders, and
 * a bounded wait for both. A render that cannot be admitted within {@link #maxWait()} fails with
 * {@link RenderBusyException} (the services answer 503 with Retry-After); one larger than the whole
 * budget takes all of it, so it runs alone. Both semaphores are fair, so a large request waiting
 * for budget is not starved by a stream of small ones.
 *
 * <p>Thread-safe; one instance per process (every renderer that allocates images shares it).
 */
public final class RenderBudget {
  private static final long KIB = 1024;

  private final long budgetBytes;
  private final int maxConcurrent;
  private final Duration maxWait;
  private final Semaphore memory;
  private final Semaphore slots;

  public RenderBudget(long budgetBytes, int maxConcurrent, Duration maxWait) {
    if (budgetBytes < KIB || maxConcurrent < 1 || maxWait.isNegative()) {
      throw new IllegalArgumentException(
          "render budget needs ≥ 1 KiB, ≥ 1 render and a wait ≥ 0; was "
              + budgetBytes
              + " B, "
              + maxConcurrent
              + ", "
              + maxWait);
    }
    long kib = Math.min(Integer.MAX_VALUE, budgetBytes / KIB);
    this.budgetBytes = kib * KIB;
    this.maxConcurrent = maxConcurrent;
    this.maxWait = maxWait;
    this.memory = new Semaphore((int) kib, true);
    this.slots = new Semaphore(maxConcurrent, true);
  }

  /**
   * The default of this JVM: a quarter of the maximum heap (the rest is for the database cache,
   * feature reads and every other request), one render per processor (at least 2), 3 s wait.
   */
  public static RenderBudget forHeap() {
    return forHeap(Runtime.getRuntime().maxMemory());
  }

  /** The default for a heap of {@code maxHeapBytes}. */
  public static RenderBudget forHeap(long maxHeapBytes) {
    return new RenderBudget(
        maxHeapBytes / 4,
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        Duration.ofSeconds(3));
  }

  /**
   * Waits up to {@link #maxWait()} for a render slot and {@code bytes} of budget; close the permit
   * when the image is no longer referenced (after encoding).
   */
  public Permit acquire(long bytes) {
    // An image larger than the whole budget (a 4096² JPEG on a small heap) runs alone: it waits
    // for the entire budget, so it never overlaps another render.
    long kib = Math.min(budgetBytes / KIB, Math.max(1, (bytes + KIB - 1) / KIB));
    long deadline = System.nanoTime() + maxWait.toNanos();
    try {
      if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy("all " + maxConcurrent + " render slots are taken");
      }
      long left = Math.max(0, deadline - System.nanoTime());
      if (!memory.tryAcquire((int) kib, left, TimeUnit.NANOSECONDS)) {
        slots.release();
        throw busy("the render memory budget of " + (budgetBytes >> 20) + " MiB is in use");
      }
      return new Permit((int) kib);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy("interrupted while waiting for a render slot");
    }
  }

  private RenderBusyException busy(String why) {
    return new RenderBusyException(why, retryAfterSeconds());
  }

  /** What a refused client should wait before trying again (the wait, at least 1 s). */
  public int retryAfterSeconds() {
    return (int) Math.max(1, maxWait.toSeconds());
  }

  public long budgetBytes() {
    return budgetBytes;
  }

  public int maxConcurrent() {
    return maxConcurrent;
  }

  public Duration maxWait() {
    return maxWait;
  }

  /** Bytes of budget not held by admitted renders right now. */
  public long availableBytes() {
    return memory.availablePermits() * KIB;
  }

  /** What the admitted render holds; closing it twice releases once. */
  public final class Permit implements AutoCloseable {
    private final int kib;
    private boolean closed;

    private Permit(int kib) {
      this.kib = kib;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        memory.release(kib);
        slots.release();
      }
    }
  }

  /** Service overloaded: try again after {@link #retryAfterSeconds()}; code RENDER_BUSY. */
  public static final class RenderBusyException extends cn.onemap.tiles.TilesException {
    private final int retryAfterSeconds;

    RenderBusyException(String why, int retryAfterSeconds) {
      super(
          "RENDER_BUSY",
          "the map server is busy (" + why + "); try again in " + retryAfterSeconds + " s",
          Map.of("retryAfterSeconds", retryAfterSeconds),
          null);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
