package cn.onemap.address.batch;

import cn.onemap.address.AddressException;
import cn.onemap.address.Candidate;
import cn.onemap.address.GeocodeResult;
import cn.onemap.address.MatchLevel;
import cn.onemap.address.MatchStatus;
import cn.onemap.address.review.ReviewItem;
import cn.onemap.address.review.ReviewQueue;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * One batch: geocodes rows one at a time, counts them, and queues rows below the review threshold.
 * Thread-safe: a caller may geocode rows on several threads and write them out in order itself.
 * Obtain one from {@code AddressEngine.startBatch}.
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
      Optional<Long> reviewId = Optional.empty();
      if (queue.isPresent()
          && best.isPresent()
          && result.status() != MatchStatus.OUT_OF_AREA
          && (best.get().confidence() < reviewBelow || result.status() == MatchStatus.REVIEW)) {
        ReviewItem item = queue.get().submit(options.source(), row, result);
        reviewId = Optional.of(item.id());
        queued.increment();
      }
      out = new BatchRow(row, best, result.status(), Optional.empty(), reviewId);
      best.ifPresent(c -> byLevel.get(c.level()).increment());
    } catch (AddressException e) {
      errors.increment();
      out =
          new BatchRow(
              row,
              Optional.empty(),
              MatchStatus.UNMATCHED,
              Optional.of(e.getMessage()),
              Optional.empty());
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

  /** The report so far (final once every row was geocoded). */
  public BatchReport report() {
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
