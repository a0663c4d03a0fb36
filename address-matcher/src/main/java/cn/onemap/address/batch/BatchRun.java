package cn.onemap.address.batch;

import cn.onemap.address.AddressException;
import cn.onemap.address.Candidate;
import cn.onemap.address.GeocodeResult;
import cn.onemap.address.MatchLevel;
import cn.onemap.address.MatchStatus;
import cn.onemap.address.review.ReviewQueue;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * One batch: geocodes rows one at a time, counts them, and queues rows below the review threshold
 * (written to the queue 500 at a time, and by {@link #flush}/{@link #report}). Thread-safe: a
 * caller may geocode rows on several threads and write them out in order itself. Obtain one from
 * {@code AddressEngine.startBatch}.
 */
public final class BatchRun {
  private final BatchOptions options;
  private final Function<String, GeocodeResult> geocoder;
  private final Optional<ReviewQueue> queue;
  private final double reviewBelow;
  private final long started = System.nanoTime();
  private final AtomicLong rows = new AtomicLong();
  private final LongAdder matched = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder queued = new LongAdder();
  private final Map<MatchStatus, LongAdder> byStatus = new EnumMap<>(MatchStatus.class);
  private final Map<MatchLevel, LongAdder> byLevel = new EnumMap<>(MatchLevel.class);
  private volatile long lastRow = System.nanoTime();
  private final Map<Long, GeocodeResult> pending = new java.util.HashMap<>();
  private static final int FLUSH_EVERY = 500;

  public BatchRun(
      BatchOptions options,
      Function<String, GeocodeResult> geocoder,
      Optional<ReviewQueue> queue,
      double reviewBelow) {
    this.options = options;
    this.geocoder = geocoder;
    this.queue = options.queueForReview() ? queue : Optional.empty();
    this.reviewBelow = reviewBelow;
    for (MatchStatus s : MatchStatus.values()) {
      byStatus.put(s, new LongAdder());
    }
    for (MatchLevel l : MatchLevel.values()) {
      byLevel.put(l, new LongAdder());
    }
  }

  /** Geocodes one row's text; bad text (empty, too long, binary) gives an UNMATCHED row. */
  public BatchRow geocode(long row, String text) {
    BatchRow out;
    try {
      GeocodeResult result = geocoder.apply(text == null ? "" : text);
      Optional<Candidate> best = result.best();
      boolean review =
          queue.isPresent()
              && best.isPresent()
              && result.status() != MatchStatus.OUT_OF_AREA
              && (best.get().confidence() < reviewBelow || result.status() == MatchStatus.REVIEW);
      if (review) {
        enqueue(row, result);
      }
      out = new BatchRow(row, best, result.status(), Optional.empty(), review);
      best.ifPresent(c -> byLevel.get(c.level()).increment());
    } catch (AddressException e) {
      errors.increment();
      out =
          new BatchRow(
              row, Optional.empty(), MatchStatus.UNMATCHED, Optional.of(e.getMessage()), false);
    }
    byStatus.get(out.status()).increment();
    if (out.status() == MatchStatus.MATCHED) {
      matched.increment();
    }
    lastRow = System.nanoTime();
    long n = rows.incrementAndGet();
    if (n % options.progressEvery() == 0) {
      options.progress().progress(n, matched.sum());
    }
    return out;
  }

  private void enqueue(long row, GeocodeResult result) {
    Map<Long, GeocodeResult> full = null;
    synchronized (pending) {
      pending.put(row, result);
      queued.increment();
      if (pending.size() >= FLUSH_EVERY) {
        full = new java.util.TreeMap<>(pending);
        pending.clear();
      }
    }
    if (full != null) {
      queue.orElseThrow().submitAll(options.source(), full);
    }
  }

  /** Writes the rows waiting for the review queue (done by {@link #report} too). */
  public void flush() {
    Map<Long, GeocodeResult> rest;
    synchronized (pending) {
      rest = new java.util.TreeMap<>(pending);
      pending.clear();
    }
    if (!rest.isEmpty()) {
      queue.orElseThrow().submitAll(options.source(), rest);
    }
  }

  /** The report so far, after writing the rows waiting for review (final once all rows ran). */
  public BatchReport report() {
    flush();
    var status = new EnumMap<MatchStatus, Long>(MatchStatus.class);
    byStatus.forEach((k, v) -> status.put(k, v.sum()));
    var level = new EnumMap<MatchLevel, Long>(MatchLevel.class);
    byLevel.forEach((k, v) -> level.put(k, v.sum()));
    long n = rows.get();
    return new BatchReport(
        options.source(),
        n,
        status,
        level,
        errors.sum(),
        queued.sum(),
        Duration.ofNanos(n == 0 ? 0 : lastRow - started));
  }

  public BatchOptions options() {
    return options;
  }
}
