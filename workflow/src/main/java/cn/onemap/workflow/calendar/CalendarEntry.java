package cn.onemap.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the calendar table: {@code 2026-02-14,WORKDAY,春节调休}.
 *
 * @param date the day (Beijing time)
 * @param kind holiday or make-up working day
 * @param name the holiday's name as the notice writes it, e.g. 春节; may be empty
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {
  public CalendarEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name.strip();
  }

  public static CalendarEntry holiday(LocalDate date, String name) {
    return new CalendarEntry(date, DayKind.HOLIDAY, name);
  }

  public static CalendarEntry workday(LocalDate date, String name) {
    return new CalendarEntry(date, DayKind.WORKDAY, name);
  }
}
