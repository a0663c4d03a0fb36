package cn.onemap.workflow.settings;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.calendar.CalendarEntry;
import cn.onemap.workflow.calendar.CalendarTable;
import cn.onemap.workflow.calendar.DayKind;
import cn.onemap.workflow.calendar.WorkingHours;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what an admin typed and turns it into the rules' values. Every failure is a {@code
 * SETTINGS_INVALID} {@link WorkflowException} whose details name the {@code field} (e.g. {@code
 * entries[3].date}, {@code limits[7].hours}) and, where there is one, the offending {@code value}.
 */
public final class SettingsCheck {
  /** The years an admin may keep a calendar of. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  /** At most this many rows: a year has 366 days. */
  public static final int MAX_DAYS = 366;

  public static final int MAX_INTERVALS = 4;
  public static final int MAX_LIMITS = 2000;
  public static final int MAX_NAME = 50;

  /** A working day has at least this much working time… */
  public static final Duration MIN_DAY = Duration.ofHours(1);

  /** …and at most this much. */
  public static final Duration MAX_DAY = Duration.ofHours(16);

  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private SettingsCheck() {}

  /** Fails unless {@code year} is one a calendar may be kept for. */
  public static int year(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw invalid("year", String.valueOf(year), "年份应在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间");
    }
    return year;
  }

  /**
   * The holidays and make-up days of {@code year}: every date of that year, once; a make-up working
   * day (WORKDAY) only on a Saturday or Sunday.
   */
  public static List<CalendarEntry> calendar(int year, List<DayInput> days) {
    year(year);
    if (days == null) {
      throw invalid("entries", null, "缺少日历条目 (entries)");
    }
    if (days.size() > MAX_DAYS) {
      throw invalid("entries", String.valueOf(days.size()), "一年最多 " + MAX_DAYS + " 条");
    }
    var out = new ArrayList<CalendarEntry>();
    var seen = new HashSet<LocalDate>();
    for (int i = 0; i < days.size(); i++) {
      DayInput d = days.get(i);
      String at = "entries[" + i + "].";
      if (d == null) {
        throw invalid("entries[" + i + "]", null, "空条目");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(String.valueOf(d.date()));
      } catch (DateTimeParseException e) {
        throw invalid(at + "date", d.date(), "日期应为 yyyy-MM-dd");
      }
      if (date.getYear() != year) {
        throw invalid(at + "date", d.date(), "日期不在 " + year + " 年");
      }
      if (!seen.add(date)) {
        throw invalid(at + "date", d.date(), "日期重复");
      }
      DayKind kind;
      try {
        kind = DayKind.valueOf(String.valueOf(d.kind()));
      } catch (IllegalArgumentException e) {
        throw invalid(at + "kind", d.kind(), "类型应为 HOLIDAY（节假日）或 WORKDAY（调休上班）");
      }
      DayOfWeek dow = date.getDayOfWeek();
      if (kind == DayKind.WORKDAY && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
        throw invalid(at + "kind", d.kind(), "调休上班只能设在周六或周日：" + date + " 是工作日");
      }
      String name = d.name() == null ? "" : d.name().strip();
      if (name.length() > MAX_NAME) {
        throw invalid(at + "name", name, "名称最多 " + MAX_NAME + " 字");
      }
      out.add(new CalendarEntry(date, kind, name));
    }
    CalendarTable.of(Set.of(year), out); // the table's own checks, once more
    return out;
  }

  /**
   * A day's working hours: 1 to {@value #MAX_INTERVALS} intervals of HH:mm, each ending after it
   * starts, ascending without overlap, together {@link #MIN_DAY} to {@link #MAX_DAY}.
   */
  public static WorkingHours hours(List<IntervalInput> intervals) {
    if (intervals == null || intervals.isEmpty()) {
      throw invalid("intervals", null, "至少需要一个工作时段");
    }
    if (intervals.size() > MAX_INTERVALS) {
      throw invalid(
          "intervals", String.valueOf(intervals.size()), "最多 " + MAX_INTERVALS + " 个工作时段");
    }
    var list = new ArrayList<WorkingHours.Interval>();
    LocalTime previousEnd = null;
    for (int i = 0; i < intervals.size(); i++) {
      IntervalInput in = intervals.get(i);
      String at = "intervals[" + i + "].";
      if (in == null) {
        throw invalid("intervals[" + i + "]", null, "空时段");
      }
      LocalTime start = time(at + "start", in.start());
      LocalTime end = time(at + "end", in.end());
      if (!end.isAfter(start)) {
        throw invalid(at + "end", in.end(), "结束时间应晚于开始时间 " + in.start());
      }
      if (previousEnd != null && start.isBefore(previousEnd)) {
        throw invalid(at + "start", in.start(), "时段应按时间先后排列且不重叠");
      }
      previousEnd = end;
      list.add(new WorkingHours.Interval(start, end));
    }
    WorkingHours hours = new WorkingHours(list);
    if (hours.perDay().compareTo(MIN_DAY) < 0 || hours.perDay().compareTo(MAX_DAY) > 0) {
      throw invalid(
          "intervals",
          hours.perDay().toMinutes() + " min",
          "每天工作时间应在 " + MIN_DAY.toHours() + "–" + MAX_DAY.toHours() + " 小时之间");
    }
    return hours;
  }

  private static LocalTime time(String field, String text) {
    if (text == null || !TIME.matcher(text).matches()) {
      throw invalid(field, text, "时间应为 HH:mm");
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(field, text, "时间应为 HH:mm（00:00–23:59）");
    }
  }

  /**
   * The time limits: each row's category is {@code *} or a category or major class of {@code
   * catalog}, stage and urgency are known, hours are positive, at most {@link TimeLimits#MAX_LIMIT}
   * and whole seconds; the default row covers every stage and urgency.
   */
  public static TimeLimits limits(List<LimitInput> rows, CaseCategories catalog) {
    if (rows == null || rows.isEmpty()) {
      throw invalid("limits", null, "缺少时限 (limits)");
    }
    if (rows.size() > MAX_LIMITS) {
      throw invalid("limits", String.valueOf(rows.size()), "最多 " + MAX_LIMITS + " 条");
    }
    var known = new HashSet<String>();
    known.add(TimeLimits.DEFAULT);
    for (CaseCategory c : catalog.all()) {
      known.add(c.code());
      known.add(c.majorKey());
    }
    var out = new ArrayList<TimeLimits.Limit>();
    for (int i = 0; i < rows.size(); i++) {
      LimitInput r = rows.get(i);
      String at = "limits[" + i + "].";
      if (r == null) {
        throw invalid("limits[" + i + "]", null, "空条目");
      }
      if (r.category() == null || !known.contains(r.category())) {
        throw invalid(at + "category", r.category(), "未知的案件类别");
      }
      Stage stage;
      try {
        stage = Stage.valueOf(String.valueOf(r.stage()));
      } catch (IllegalArgumentException e) {
        throw invalid(at + "stage", r.stage(), "未知的环节");
      }
      Urgency urgency;
      try {
        urgency = Urgency.valueOf(String.valueOf(r.urgency()));
      } catch (IllegalArgumentException e) {
        throw invalid(at + "urgency", r.urgency(), "未知的紧急程度");
      }
      BigDecimal h = r.hours();
      if (h == null || h.signum() <= 0) {
        throw invalid(at + "hours", h == null ? null : h.toPlainString(), "时限应大于 0 小时");
      }
      if (h.compareTo(BigDecimal.valueOf(TimeLimits.MAX_LIMIT.toHours())) > 0) {
        throw invalid(
            at + "hours", h.toPlainString(), "时限最多 " + TimeLimits.MAX_LIMIT.toHours() + " 小时");
      }
      BigDecimal seconds = h.multiply(SECONDS_PER_HOUR);
      if (seconds.stripTrailingZeros().scale() > 0) {
        throw invalid(at + "hours", h.toPlainString(), "时限应精确到秒");
      }
      out.add(
          new TimeLimits.Limit(
              r.category(), stage, urgency, Duration.ofSeconds(seconds.longValueExact())));
    }
    try {
      return TimeLimits.of(out);
    } catch (WorkflowException e) {
      Map<String, Object> details = new HashMap<>(e.details());
      throw new WorkflowException("SETTINGS_INVALID", "时限表不完整或重复：" + e.getMessage(), details);
    }
  }

  private static WorkflowException invalid(String field, String value, String message) {
    Map<String, Object> details = new HashMap<>();
    details.put("field", field);
    if (value != null) {
      details.put("value", value);
    }
    return new WorkflowException("SETTINGS_INVALID", field + ": " + message, details);
  }
}
