package cn.onemap.ogc.api;

import cn.onemap.core.catalog.LayerDefinition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code datetime} parameter on versioned collections, with as-of semantics.
 *
 * <p>A feature's temporal extent is the valid time of its versions. One rule for an instant and an
 * interval: the response is the collection <em>as it was at the end</em> of the value — every
 * feature alive then, each in the version valid then.
 *
 * <ul>
 *   <li>{@code 2024-05-01T08:00:00Z} (or a date, = 00:00 UTC): the state at that instant;
 *   <li>{@code a/b} and {@code ../b}: the state at {@code b} (a feature deleted before {@code b} is
 *       absent even if it was alive at {@code a}: the map shows one state);
 *   <li>{@code a/..} (open end) and {@code ../..}: the current state.
 * </ul>
 *
 * The start of an interval only has to be valid and not after its end. The same rule serves the WMS
 * TIME dimension. Non-versioned collections keep no history and refuse the parameter.
 */
public final class DateTimeParam {
  private DateTimeParam() {}

  /**
   * The as-of instant; empty for the current state.
   *
   * @throws ApiException 400 on syntax errors, reversed intervals and non-versioned layers
   */
  public static Optional<Instant> asOf(String text, LayerDefinition layer) {
    if (!layer.versioned()) {
      throw ApiException.badRequest("collection " + layer.id() + " keeps no history");
    }
    String v = text.strip();
    int slash = v.indexOf('/');
    if (slash < 0) {
      return Optional.of(instant(v));
    }
    if (v.indexOf('/', slash + 1) >= 0) {
      throw ApiException.badRequest("datetime takes an instant or one interval a/b: " + text);
    }
    Optional<Instant> start = bound(v.substring(0, slash));
    Optional<Instant> end = bound(v.substring(slash + 1));
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw ApiException.badRequest("datetime interval ends before it starts: " + text);
    }
    return end;
  }

  private static Optional<Instant> bound(String s) {
    String b = s.strip();
    return b.isEmpty() || b.equals("..") ? Optional.empty() : Optional.of(instant(b));
  }

  private static Instant instant(String text) {
    try {
      return text.length() == 10
          ? Instant.parse(text + "T00:00:00Z")
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("datetime is not RFC 3339: " + text);
    }
  }
}
