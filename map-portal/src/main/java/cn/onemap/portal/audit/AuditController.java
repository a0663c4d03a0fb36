package cn.onemap.portal.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators ({@code /api/admin/**} is ADMIN only). */
@RestController
@Tag(name = "管理 Administration")
class AuditController {
  private static final int MAX = 1000;

  /** Dates without a time are days of the city (China Standard Time). */
  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  static final String TOTAL = "X-Total-Count";

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/admin/audit")
  @Operation(
      summary =
          "Audit log, newest first: sign-ins, failed sign-ins, lockouts and unlocks, key use, admin"
              + " actions (filter by action or action family, actor, target and dates; paged, at"
              + " most 1000 entries a page; the total in header X-Total-Count)")
  ResponseEntity<List<AuditLog.Entry>> entries(
      @Parameter(description = "an action, or a family ending in _ (LOGIN_, KEY_, USER_)")
          @RequestParam
          Optional<String> action,
      @Parameter(description = "who acted (user name, key:<id>)") @RequestParam
          Optional<String> actor,
      @RequestParam Optional<String> target,
      @Parameter(description = "from this date (YYYY-MM-DD, China time) or instant") @RequestParam
          Optional<String> from,
      @Parameter(description = "up to and including this date (YYYY-MM-DD) or before this instant")
          @RequestParam
          Optional<String> to,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    var filter =
        new AuditLog.Filter(
            action.filter(s -> !s.isBlank()),
            actor.filter(s -> !s.isBlank()),
            target.filter(s -> !s.isBlank()),
            from.filter(s -> !s.isBlank()).map(s -> instant("from", s, false)),
            to.filter(s -> !s.isBlank()).map(s -> instant("to", s, true)));
    return ResponseEntity.ok()
        .header(TOTAL, String.valueOf(audit.count(filter)))
        .body(audit.list(filter, offset, limit));
  }

  private static Instant instant(String name, String text, boolean endOfDay) {
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(CITY).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a date (YYYY-MM-DD) or an instant (2026-12-01T08:00:00Z): " + text);
    }
  }
}
