package cn.onemap.core.feature;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Who edits, why, and from when; recorded on every version an edit batch writes.
 *
 * <p>{@code validFrom} is the one place a historical load says when its versions take effect (a
 * steward loading the 2019 state of the roads as of 2019); empty means the commit time, as for
 * every ordinary edit. The store refuses an instant in the future and one before the current
 * version of any feature the batch replaces or deletes: history is appended, never rewritten.
 *
 * <p>{@code validFromAttribute} is for bulk loads of dated records only (city-management cases
 * valid from their report time): each feature's valid-from is its value of that TIMESTAMP
 * attribute, under the same rules. Ordinary edits refuse it.
 *
 * @param author user name or API key name; required, so that every version is attributable
 * @param reason free text such as "2026年管线普查更新"; optional
 * @param validFrom when the batch's versions take effect (microseconds); empty: at commit
 * @param validFromAttribute bulk loads only: the attribute holding each feature's valid-from
 */
public record EditContext(
    String author,
    Optional<String> reason,
    Optional<Instant> validFrom,
    Optional<String> validFromAttribute) {
  public EditContext {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validFromAttribute, "validFromAttribute");
    if (author.isBlank() || author.length() > 100) {
      throw new IllegalArgumentException("author must be 1-100 characters");
    }
    if (reason.map(r -> r.length() > 500).orElse(false)) {
      throw new IllegalArgumentException("reason must be at most 500 characters");
    }
    if (validFrom.isPresent() && validFromAttribute.isPresent()) {
      throw new IllegalArgumentException("give validFrom or validFromAttribute, not both");
    }
    // the store keeps microseconds: a finer instant would not round-trip through history
    validFrom = validFrom.map(t -> t.truncatedTo(ChronoUnit.MICROS));
  }

  public EditContext(String author, Optional<String> reason) {
    this(author, reason, Optional.empty(), Optional.empty());
  }

  public static EditContext by(String author) {
    return new EditContext(author, Optional.empty());
  }

  public static EditContext by(String author, String reason) {
    return new EditContext(author, Optional.ofNullable(reason));
  }

  /** The same author and reason, the versions valid from {@code at} (a historical load). */
  public EditContext validFrom(Instant at) {
    return new EditContext(
        author, reason, Optional.of(Objects.requireNonNull(at, "at")), Optional.empty());
  }

  /** The same author and reason, each feature valid from its value of the attribute (bulk). */
  public EditContext validFromAttribute(String attribute) {
    return new EditContext(
        author, reason, Optional.empty(), Optional.of(Objects.requireNonNull(attribute)));
  }
}
