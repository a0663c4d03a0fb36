package cn.onemap.address.review;

import java.util.List;
import java.util.Optional;

/**
 * Storage of review items and aliases: {@link JdbcReviewTables} (the store's database) or {@link
 * MemoryReviewTables}. Implementations are thread-safe.
 */
public interface ReviewTables {

  /** Stores a new pending item (its id is ignored) and returns it with its id. */
  ReviewItem insert(ReviewItem item);

  /** Stores new pending items in one go (their ids are ignored). */
  void insertAll(List<ReviewItem> items);

  Optional<ReviewItem> item(long id);

  /** Items, oldest first, filtered by status and source when given. */
  List<ReviewItem> items(
      Optional<ReviewStatus> status, Optional<String> source, long offset, int limit);

  long count(Optional<ReviewStatus> status, Optional<String> source);

  /**
   * Resolves a pending item; returns the updated item, or empty when it was not pending any more
   * (resolved concurrently).
   */
  Optional<ReviewItem> resolve(
      long id, ReviewStatus status, Optional<String> code, String reviewer, Optional<String> note);

  /** Stores or replaces the alias of a text. */
  void putAlias(Alias alias);

  /** Every alias, oldest first. */
  List<Alias> aliases();

  /**
   * The aliases stored (or replaced) at or after {@code from}, oldest first: what another node
   * learned since an engine last looked. The default filters {@link #aliases()}.
   */
  default List<Alias> aliasesSince(java.time.Instant from) {
    return aliases().stream().filter(a -> !a.created().isBefore(from)).toList();
  }
}
