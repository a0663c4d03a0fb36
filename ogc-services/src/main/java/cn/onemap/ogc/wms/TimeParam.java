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
 * and dates ({@code 2024-05-01} = 00:00 UTC). Intervals and lists are refused with
 * InvalidDimensionValue: a map shows one state.
 */
final class TimeParam {
  private TimeParam() {}

  static Optional<Instant> parse(Optional<String> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals("current") || lower.equals("now")) {
      return Optional.empty();
    }
    if (v.contains("/") || v.contains(",")) {
      throw invalid(v, "only a single instant is supported, not an interval or a list");
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
      throw invalid(v, "not an ISO 8601 date or date-time");
    }
  }

  private static cn.onemap.ogc.ows.ServiceException invalid(String v, String why) {
    return WmsErrors.of(
        WmsErrors.INVALID_DIMENSION_VALUE,
        "time",
        "TIME '" + WmsErrors.abbreviate(v) + "' is invalid: " + why);
  }
}
