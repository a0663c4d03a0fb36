package cn.onemap.ogc.wms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The TIME dimension of versioned layers: one instant, at which each versioned layer is drawn as it
 * was (the store's as-of query). Accepted: {@code current} / {@code now} / absent (the present
 * state), ISO 8601 date-times with offset ({@code 2024-05-01T08:00:00Z}, {@code
 * 2024-05-01T16:00:00+08:00}), date-times without offset (read as UTC, as WMS Annex D recommends)
 * and dates ({@code 2024-05-01} = 00:00 UTC). An interval {@code start/end[/resolution]} draws the
 * layers as they were at its end — the as-of rule of OGC API Features' {@code datetime} (see {@code
 * cn.onemap.ogc.api.DateTimeParam}); an open end ({@code start/current}, {@code start/..}) is the
 * present. A list ({@code t1,t2}) is refused with InvalidDimensionValue: the dimension declares
 * multipleValues=0, a map shows one state.
 */
public final class TimeParam {
  private TimeParam() {}

  public static Optional<Instant> parse(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().strip();
    if (v.contains(",")) {
      throw invalid(
          v,
          "a list of times is not accepted: the time dimension declares multipleValues=0 (WMS"
              + " 1.3.0 Annex C); give one instant or one interval");
    }
    String[] parts = v.split("/", -1);
    if (parts.length == 1) {
      return instant(v, v);
    }
    if (parts.length > 3) {
      throw invalid(v, "an interval is start/end or start/end/resolution");
    }
    if (parts.length == 3 && !parts[2].strip().matches("P[0-9YMDTHS.]+")) {
      throw invalid(v, "the resolution of an interval must be an ISO 8601 period");
    }
    Optional<Instant> start = bound(parts[0], v);
    Optional<Instant> end = bound(parts[1], v);
    if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
      throw invalid(v, "the interval ends before it starts");
    }
    return end;
  }

  /** An interval bound: an instant, or {@code ..}, empty, current, now for an open end. */
  private static Optional<Instant> bound(String text, String whole) {
    String b = text.strip();
    return b.isEmpty() || b.equals("..") ? Optional.empty() : instant(b, whole);
  }

  private static Optional<Instant> instant(String v, String whole) {
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals("current") || lower.equals("now") || lower.equals("present")) {
      return Optional.empty();
    }
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return Optional.of(OffsetDateTime.parse(v).toInstant());
      }
      return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw invalid(whole, "not an ISO 8601 date or date-time: " + v);
    }
  }

  private static cn.onemap.ogc.ows.ServiceException invalid(String v, String why) {
    return WmsErrors.of(
        WmsErrors.INVALID_DIMENSION_VALUE,
        "time",
        "TIME '" + WmsErrors.abbreviate(v) + "' is invalid: " + why);
  }
}
