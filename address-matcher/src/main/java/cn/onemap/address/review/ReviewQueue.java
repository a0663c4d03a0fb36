package cn.onemap.address.review;

import cn.onemap.address.AddressException;
import cn.onemap.address.GeocodeResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The queue of batch rows a data steward should check. Confirming the proposed match or correcting
 * it to another address teaches the engine the row's normalized text as an alias (through {@code
 * learner}), so the same text matches with full confidence from then on.
 */
public final class ReviewQueue {
  private final ReviewTables tables;
  private final Consumer<Alias> learner;
  private final AliasCodeCheck codes;

  /** Checks that a code a steward chose names a standard address (or admin unit). */
  @FunctionalInterface
  public interface AliasCodeCheck {
    boolean exists(String code);
  }

  public ReviewQueue(ReviewTables tables, AliasCodeCheck codes, Consumer<Alias> learner) {
    this.tables = tables;
    this.codes = codes;
    this.learner = learner;
  }

  /** Queues a row for review. */
  public ReviewItem submit(String source, long row, GeocodeResult result) {
    return tables.insert(item(source, row, result));
  }

  /** Queues rows for review in one write (batches): row number → result. */
  public void submitAll(String source, Map<Long, GeocodeResult> rows) {
    tables.insertAll(
        rows.entrySet().stream().map(e -> item(source, e.getKey(), e.getValue())).toList());
  }

  private static ReviewItem item(String source, long row, GeocodeResult result) {
    var best = result.best();
    return new ReviewItem(
        0,
        source,
        row,
        result.query(),
        result.normalized(),
        best.map(c -> c.code()),
        best.map(c -> c.address()),
        best.map(c -> c.confidence()).orElse(0.0),
        ReviewStatus.PENDING,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        java.time.Instant.now(),
        Optional.empty());
  }

  public Optional<ReviewItem> get(long id) {
    return tables.item(id);
  }

  /** Items oldest first; {@code limit} 1–1000. */
  public List<ReviewItem> list(
      Optional<ReviewStatus> status, Optional<String> source, long offset, int limit) {
    if (limit < 1 || limit > 1000 || offset < 0) {
      throw new AddressException(
          "INVALID_LIMIT",
          "limit must be 1–1000 and offset ≥ 0, was limit " + limit + ", offset " + offset,
          Map.of("limit", limit, "offset", offset));
    }
    return tables.items(status, source, offset, limit);
  }

  public long count(Optional<ReviewStatus> status, Optional<String> source) {
    return tables.count(status, source);
  }

  /** The proposed match is right: resolves the item and learns its text as an alias. */
  public ReviewItem confirm(long id, String reviewer) {
    ReviewItem item = pending(id);
    String code =
        item.proposedCode()
            .orElseThrow(
                () ->
                    new AddressException(
                        "REVIEW_ITEM_CLOSED",
                        "review item " + id + " has no proposed address to confirm: correct it",
                        Map.of("id", id)));
    return resolve(item, ReviewStatus.CONFIRMED, code, reviewer, Optional.empty());
  }

  /** The row means the address {@code code}: resolves the item and learns its text as an alias. */
  public ReviewItem correct(long id, String code, String reviewer) {
    ReviewItem item = pending(id);
    if (code == null || !codes.exists(code)) {
      throw new AddressException(
          "UNKNOWN_ADDRESS_CODE",
          "'" + code + "' is not the code of a standard address or admin unit",
          Map.of("code", String.valueOf(code)));
    }
    return resolve(item, ReviewStatus.CORRECTED, code, reviewer, Optional.empty());
  }

  /** The row names no standard address: resolves the item, learns nothing. */
  public ReviewItem reject(long id, String reviewer, String note) {
    ReviewItem item = pending(id);
    return tables
        .resolve(
            item.id(), ReviewStatus.REJECTED, Optional.empty(), reviewer, Optional.ofNullable(note))
        .orElseThrow(() -> closed(id));
  }

  private ReviewItem resolve(
      ReviewItem item, ReviewStatus status, String code, String reviewer, Optional<String> note) {
    ReviewItem done =
        tables
            .resolve(item.id(), status, Optional.of(code), reviewer, note)
            .orElseThrow(() -> closed(item.id()));
    Alias alias = new Alias(item.normalized(), code, reviewer, java.time.Instant.now());
    tables.putAlias(alias);
    learner.accept(alias);
    return done;
  }

  private ReviewItem pending(long id) {
    ReviewItem item =
        tables
            .item(id)
            .orElseThrow(
                () ->
                    new AddressException(
                        "REVIEW_ITEM_NOT_FOUND", "no review item " + id, Map.of("id", id)));
    if (item.status() != ReviewStatus.PENDING) {
      throw closed(id);
    }
    return item;
  }

  private static AddressException closed(long id) {
    return new AddressException(
        "REVIEW_ITEM_CLOSED", "review item " + id + " was already resolved", Map.of("id", id));
  }
}
