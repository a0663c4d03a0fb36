package cn.onemap.portal.cases;

import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import cn.onemap.workflow.calendar.CalendarEntry;
import cn.onemap.workflow.calendar.CalendarTable;
import cn.onemap.workflow.calendar.DayKind;
import cn.onemap.workflow.calendar.WorkingHours;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import cn.onemap.workflow.category.CaseKind;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import cn.onemap.workflow.settings.DayInput;
import cn.onemap.workflow.settings.IntervalInput;
import cn.onemap.workflow.settings.LimitInput;
import cn.onemap.workflow.settings.SettingsCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办案设置 ({@code /api/admin/**}, ADMIN only): the calendar of holidays and make-up working days (调休)
 * per year, the working hours of a day and the time limits per category, stage and urgency that the
 * case clocks use. A save is checked whole ({@link SettingsCheck}: 400 naming the field, nothing
 * stored), stored in one transaction, audited, and in force at once on this node and within a
 * second on the others. Running stages keep their due dates; the next task uses the new rules.
 * {@code shipped=true} answers the shipped defaults instead (恢复默认).
 */
@RestController
@Tag(name = "管理 Administration")
class CaseSettingsController {
  private final CaseSettingsRepository repository;
  private final LiveCaseRules rules;
  private final CaseCategories categories;
  private final AuditLog audit;

  CaseSettingsController(
      CaseSettingsRepository repository,
      LiveCaseRules rules,
      CaseCategories categories,
      AuditLog audit) {
    this.repository = repository;
    this.rules = rules;
    this.categories = categories;
    this.audit = audit;
  }

  @Schema(description = "The holidays and make-up working days of one year")
  record CalendarView(
      @Schema(example = "2026") int year,
      @Schema(description = "whether the year has a table (else Monday–Friday applies)")
          boolean covered,
      @Schema(description = "every covered year") Set<Integer> years,
      List<DayInput> entries) {}

  record CalendarChange(List<DayInput> entries) {}

  @Schema(description = "The working hours of a working day, Beijing time")
  record HoursView(List<IntervalInput> intervals, long minutesPerDay) {}

  record HoursChange(List<IntervalInput> intervals) {}

  @Schema(description = "A code with its Chinese name")
  record Named(String code, String name) {}

  @Schema(
      description =
          "The time limits (working hours) per category (* default, major class, category), stage"
              + " and urgency; the most specific row wins. With the names of the codes")
  record LimitsView(
      List<LimitInput> limits, List<Named> stages, List<Named> urgencies, List<Named> categories) {}

  record LimitsChange(List<LimitInput> limits) {}

  @GetMapping("/api/admin/cases/calendar")
  @Operation(summary = "The holidays (节假日) and make-up working days (调休上班) of a year")
  CalendarView calendar(
      @Parameter(description = "the year", example = "2026") @RequestParam int year,
      @Parameter(description = "the shipped table instead of the stored one (恢复默认)")
          @RequestParam(defaultValue = "false")
          boolean shipped) {
    SettingsCheck.year(year);
    if (shipped) {
      boolean exists =
          CalendarTable.class
                  .getClassLoader()
                  .getResource(String.format(CalendarTable.RESOURCE_PATTERN, year))
              != null;
      List<CalendarEntry> rows = exists ? CalendarTable.load(year).entries() : List.of();
      return new CalendarView(year, exists, rules.stored().years(), days(rows));
    }
    CaseSettingsRepository.Stored s = rules.stored();
    return new CalendarView(
        year,
        s.years().contains(year),
        s.years(),
        days(s.days().stream().filter(d -> d.date().getYear() == year).toList()));
  }

  @PutMapping("/api/admin/cases/calendar")
  @Operation(
      summary =
          "Replace the holidays and make-up working days of a year (the year becomes covered)."
              + " Answers 400 naming the field for a bad date, kind or a 调休 on a weekday")
  CalendarView saveCalendar(
      @RequestParam int year, @RequestBody CalendarChange change, HttpServletRequest request) {
    List<CalendarEntry> rows =
        SettingsCheck.calendar(year, change == null ? null : change.entries());
    repository.saveCalendar(year, rows, Callers.actor());
    rules.reload();
    long holidays = rows.stream().filter(r -> r.kind() == DayKind.HOLIDAY).count();
    audit.record(
        Callers.actor(),
        "CASE_CALENDAR_UPDATED",
        String.valueOf(year),
        holidays + " holidays, " + (rows.size() - holidays) + " make-up days",
        request.getRemoteAddr());
    return calendar(year, false);
  }

  @GetMapping("/api/admin/cases/working-hours")
  @Operation(summary = "The working hours of a working day (e.g. 08:30–12:00, 14:00–17:30)")
  HoursView hours(
      @Parameter(description = "the shipped default instead of the stored one")
          @RequestParam(defaultValue = "false")
          boolean shipped) {
    WorkingHours h = shipped ? WorkingHours.DEFAULT : rules.stored().hours();
    return new HoursView(
        h.intervals().stream()
            .map(i -> new IntervalInput(i.start().toString(), i.end().toString()))
            .toList(),
        h.perDay().toMinutes());
  }

  @PutMapping("/api/admin/cases/working-hours")
  @Operation(
      summary =
          "Replace the working hours (1–4 intervals HH:mm, ascending, 1–16 h a day). Answers 400"
              + " naming the field")
  HoursView saveHours(@RequestBody HoursChange change, HttpServletRequest request) {
    WorkingHours h = SettingsCheck.hours(change == null ? null : change.intervals());
    repository.saveHours(h, Callers.actor());
    rules.reload();
    audit.record(
        Callers.actor(),
        "CASE_HOURS_UPDATED",
        "working-hours",
        h.intervals().toString(),
        request.getRemoteAddr());
    return hours(false);
  }

  @GetMapping("/api/admin/cases/time-limits")
  @Operation(summary = "The time limits per category, stage and urgency, in working hours")
  LimitsView limits(
      @Parameter(description = "the shipped defaults instead of the stored ones")
          @RequestParam(defaultValue = "false")
          boolean shipped) {
    List<TimeLimits.Limit> rows =
        shipped ? TimeLimits.shipped().rows() : TimeLimits.of(rules.stored().limits()).rows();
    List<LimitInput> out =
        rows.stream()
            .map(
                l ->
                    new LimitInput(
                        l.category(),
                        l.stage().name(),
                        l.urgency().name(),
                        BigDecimal.valueOf(l.limit().toSeconds())
                            .divide(BigDecimal.valueOf(3600), 6, RoundingMode.UNNECESSARY)
                            .stripTrailingZeros()))
            .toList();
    return new LimitsView(out, stages(), urgencies(), categoryNames());
  }

  @PutMapping("/api/admin/cases/time-limits")
  @Operation(
      summary =
          "Replace the time limits. Every stage × urgency of the default (*) must be set; hours"
              + " > 0 and ≤ 1000. Answers 400 naming the field (unknown category, stage, urgency)")
  LimitsView saveLimits(@RequestBody LimitsChange change, HttpServletRequest request) {
    TimeLimits limits = SettingsCheck.limits(change == null ? null : change.limits(), categories);
    repository.saveLimits(limits, Callers.actor());
    rules.reload();
    audit.record(
        Callers.actor(),
        "CASE_LIMITS_UPDATED",
        "time-limits",
        limits.rows().size() + " limits",
        request.getRemoteAddr());
    return limits(false);
  }

  private static List<DayInput> days(List<CalendarEntry> rows) {
    return rows.stream()
        .map(e -> new DayInput(e.date().toString(), e.kind().name(), e.name()))
        .toList();
  }

  private static List<Named> stages() {
    return java.util.Arrays.stream(Stage.values())
        .map(s -> new Named(s.name(), s.chineseName()))
        .toList();
  }

  private static List<Named> urgencies() {
    return java.util.Arrays.stream(Urgency.values())
        .map(u -> new Named(u.name(), u.chineseName()))
        .toList();
  }

  /** 默认, then each major class (部件·公用设施) followed by its categories. */
  private List<Named> categoryNames() {
    List<Named> out = new ArrayList<>();
    out.add(new Named(TimeLimits.DEFAULT, "默认"));
    for (CaseKind kind : CaseKind.values()) {
      categories
          .majors(kind)
          .forEach(
              (major, name) -> {
                String key = kind.prefix() + major;
                out.add(new Named(key, kind.chineseName() + "·" + name));
                for (CaseCategory c : categories.ofKind(kind)) {
                  if (c.majorKey().equals(key)) {
                    out.add(new Named(c.code(), c.name()));
                  }
                }
              });
    }
    return out;
  }
}
