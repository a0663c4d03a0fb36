package cn.onemap.address.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Review items and aliases in memory (tests, an engine without a database); lost on restart. */
public final class MemoryReviewTables implements ReviewTables {
  private final Map<Long, ReviewItem> items = new TreeMap<>();
  private final Map<String, Alias> aliases = new LinkedHashMap<>();
  private long next = 1;

  @Override
  public synchronized ReviewItem insert(ReviewItem i) {
    ReviewItem stored =
        new ReviewItem(
            next++,
            i.source(),
            i.row(),
            i.query(),
            i.normalized(),
            i.proposedCode(),
            i.proposedAddress(),
            i.confidence(),
            ReviewStatus.PENDING,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            i.created(),
            Optional.empty());
    items.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized void insertAll(List<ReviewItem> list) {
    list.forEach(this::insert);
  }

  @Override
  public synchronized Optional<ReviewItem> item(long id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public synchronized List<ReviewItem> items(
      Optional<ReviewStatus> status, Optional<String> source, long offset, int limit) {
    return items.values().stream()
        .filter(i -> status.isEmpty() || i.status() == status.get())
        .filter(i -> source.isEmpty() || i.source().equals(source.get()))
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long count(Optional<ReviewStatus> status, Optional<String> source) {
    return items.values().stream()
        .filter(i -> status.isEmpty() || i.status() == status.get())
        .filter(i -> source.isEmpty() || i.source().equals(source.get()))
        .count();
  }

  @Override
  public synchronized Optional<ReviewItem> resolve(
      long id, ReviewStatus status, Optional<String> code, String reviewer, Optional<String> note) {
    ReviewItem i = items.get(id);
    if (i == null || i.status() != ReviewStatus.PENDING) {
      return Optional.empty();
    }
    ReviewItem done =
        new ReviewItem(
            i.id(),
            i.source(),
            i.row(),
            i.query(),
            i.normalized(),
            i.proposedCode(),
            i.proposedAddress(),
            i.confidence(),
            status,
            code,
            Optional.of(reviewer),
            note,
            i.created(),
            Optional.of(Instant.now()));
    items.put(id, done);
    return Optional.of(done);
  }

  @Override
  public synchronized void putAlias(Alias alias) {
    aliases.remove(alias.text());
    aliases.put(alias.text(), alias);
  }

  @Override
  public synchronized List<Alias> aliases() {
    return new ArrayList<>(aliases.values());
  }
}
