package cn.onemap.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The working-time clock (工作时间) of the city: working hours on working days, in Asia/Shanghai. A
 * working day is Monday–Friday unless the {@link CalendarTable} makes it a holiday, plus the
 * make-up working days (调休) it lists. For a date whose year the table does not cover, holidays are
 * unknown: the plain Monday–Friday rule applies, silently in the arithmetic but visibly through
 * {@link #covers(LocalDate)}, which callers should check (e.g. warn an admin to add next year's
 * table) — nothing here throws for an uncovered year.
 *
 * <p>All operations take and return {@link Instant}s and are exact (no rounding). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.china();               // shipped 2025 and 2026 tables
 * Instant due = cal.add(reportedAt, Duration.ofHours(8));      // deadline: 8 working hours later
 * Duration used = cal.between(reportedAt, Instant.now());      // working time elapsed
 * }</pre>
 */
public final class WorkingCalendar {
  /** Beijing time: no daylight saving since 1991. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The years whose tables ship as resources. */
  public static final List<Integer> SHIPPED_YEARS = List.of(2025, 2026);

  private final CalendarTable table;
  private final WorkingHours hours;

  private WorkingCalendar(CalendarTable table, WorkingHours hours) {
    this.table = Objects.requireNonNull(table, "table");
    this.hours = Objects.requireNonNull(hours, "hours");
  }

  /** The shipped years' tables with the default working hours (08:30–12:00, 14:00–17:30). */
  public static WorkingCalendar china() {
    return of(CalendarTable.load(SHIPPED_YEARS));
  }

  /** {@code table} with the default working hours. */
  public static WorkingCalendar of(CalendarTable table) {
    return of(table, WorkingHours.DEFAULT);
  }

  public static WorkingCalendar of(CalendarTable table, WorkingHours hours) {
    return new WorkingCalendar(table, hours);
  }

  public CalendarTable table() {
    return table;
  }

  public WorkingHours hours() {
    return hours;
  }

  /**
   * Whether the table knows {@code date}'s holidays; when false, {@link #isWorkingDay} falls back
   * to Monday–Friday and the answer may be wrong around holidays.
   */
  public boolean covers(LocalDate date) {
    return table.covers(date);
  }

  /** Whether {@code date} (Beijing time) has working hours. */
  public boolean isWorkingDay(LocalDate date) {
    var entry = table.entry(date);
    if (entry.isPresent()) {
      return entry.get().kind() == DayKind.WORKDAY;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** Whether the clock runs at {@code t}: a working day, inside a working interval. */
  public boolean isWorkingTime(Instant t) {
    LocalDate day = date(t);
    if (!isWorkingDay(day)) {
      return false;
    }
    for (WorkingHours.Interval i : hours.intervals()) {
      if (!t.isBefore(start(day, i)) && t.isBefore(end(day, i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code t} itself when it is working time, else the start of the next working interval. */
  public Instant nextWorkingInstant(Instant t) {
    Objects.requireNonNull(t, "t");
    for (LocalDate day = date(t); ; day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      for (WorkingHours.Interval i : hours.intervals()) {
        if (t.isBefore(end(day, i))) {
          Instant s = start(day, i);
          return t.isBefore(s) ? s : t;
        }
      }
    }
  }

  /**
   * The instant at which {@code workingTime} of working time has passed since {@code start}: the
   * deadline of a limit of N working hours. Nights, lunch breaks, weekends and holidays are skipped
   * and make-up days count. A deadline that uses up an interval exactly is that interval's end
   * (e.g. 12:00, not 14:00). Zero returns {@code start} unchanged.
   *
   * @throws IllegalArgumentException if {@code workingTime} is negative
   */
  public Instant add(Instant start, Duration workingTime) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(workingTime, "workingTime");
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("working time must not be negative: " + workingTime);
    }
    if (workingTime.isZero()) {
      return start;
    }
    Duration remaining = workingTime;
    for (LocalDate day = date(start); ; day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      for (WorkingHours.Interval i : hours.intervals()) {
        Instant e = end(day, i);
        if (!e.isAfter(start)) {
          continue;
        }
        Instant from = max(start(day, i), start);
        Duration available = Duration.between(from, e);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  /**
   * The working time between {@code a} and {@code b}; negative when {@code b} is before {@code a}.
   * The inverse of {@link #add}: {@code between(s, add(s, d)) == d}.
   */
  public Duration between(Instant a, Instant b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (b.isBefore(a)) {
      return between(b, a).negated();
    }
    Duration sum = Duration.ZERO;
    LocalDate last = date(b);
    for (LocalDate day = date(a); !day.isAfter(last); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      for (WorkingHours.Interval i : hours.intervals()) {
        Instant from = max(start(day, i), a);
        Instant to = min(end(day, i), b);
        if (to.isAfter(from)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
    }
    return sum;
  }

  private static LocalDate date(Instant t) {
    return LocalDate.ofInstant(t, ZONE);
  }

  private static Instant start(LocalDate day, WorkingHours.Interval i) {
    return day.atTime(i.start()).atZone(ZONE).toInstant();
  }

  private static Instant end(LocalDate day, WorkingHours.Interval i) {
    return day.atTime(i.end()).atZone(ZONE).toInstant();
  }

  private static Instant max(Instant x, Instant y) {
    return x.isAfter(y) ? x : y;
  }

  private static Instant min(Instant x, Instant y) {
    return x.isBefore(y) ? x : y;
  }

  @Override
  public String toString() {
    return "WorkingCalendar" + table.years() + " " + hours.intervals();
  }
}
