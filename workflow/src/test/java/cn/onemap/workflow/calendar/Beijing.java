package cn.onemap.workflow.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/** Test helper: Beijing local times as instants. */
final class Beijing {
  private Beijing() {}

  /** {@code at("2026-03-06T16:00")}: that wall-clock time in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }
}
