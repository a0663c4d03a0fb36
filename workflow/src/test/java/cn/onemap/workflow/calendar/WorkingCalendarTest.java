package cn.onemap.workflow.calendar;

import static cn.onemap.workflow.calendar.Beijing.at;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
  private static final WorkingCalendar CAL = WorkingCalendar.china();

  @Test
  void defaultDayHasSevenWorkingHours() {
    assertThat(CAL.hours().perDay()).isEqualTo(ofHours(7));
    assertThat(CAL.between(at("2026-03-10T00:00"), at("2026-03-11T00:00"))).isEqualTo(ofHours(7));
  }

  @ParameterizedTest(name = "{0} + {1} working hours = {2}")
  @CsvSource({
    // Weekend: Fri 16:00 → 1.5 h Friday, 3.5 h Monday morning, 3 h Monday afternoon.
    "2026-03-06T16:00, 8,   2026-03-09T17:00",
    // Started at night and in the lunch break; a deadline that fills an interval ends with it.
    "2026-03-10T22:00, 1,   2026-03-11T09:30",
    "2026-03-10T12:30, 1,   2026-03-10T15:00",
    "2026-03-10T07:00, 3.5, 2026-03-10T12:00",
    "2026-03-10T17:30, 0.5, 2026-03-11T09:00",
    // 春节 2026: Sat Feb 14 is a make-up working day, Feb 15–23 off, Sat Feb 28 a make-up day.
    "2026-02-13T16:00, 8,   2026-02-14T17:00",
    "2026-02-14T16:00, 4,   2026-02-24T11:00",
    "2026-02-27T17:00, 1,   2026-02-28T09:00",
    // 国庆 2026: Sun Sep 20 and Sat Oct 10 are make-up days; Sep 25–27 and Oct 1–7 are off.
    "2026-09-19T10:00, 1,   2026-09-20T09:30",
    "2026-09-24T17:00, 1,   2026-09-28T09:00",
    "2026-09-30T15:00, 7,   2026-10-08T15:00",
    "2026-10-09T15:00, 7,   2026-10-10T15:00",
    // 元旦 2026: Jan 1–3 off, Sun Jan 4 a make-up day.
    "2025-12-31T17:00, 1,   2026-01-04T09:00",
    // 2025: Sun Jan 26 make-up before 春节; 国庆+中秋 Oct 1–8 with Sat Oct 11 a make-up day.
    "2025-01-25T12:00, 1,   2025-01-26T09:30",
    "2025-09-30T17:00, 8,   2025-10-10T09:00",
    "2025-10-10T17:00, 1,   2025-10-11T09:00"
  })
  void deadline(String start, double hours, String expected) {
    Duration d = Duration.ofSeconds(Math.round(hours * 3600));
    Instant due = CAL.add(at(start), d);
    assertThat(due).isEqualTo(at(expected));
    assertThat(CAL.between(at(start), due)).isEqualTo(d);
  }

  @Test
  void addIsExactToTheSecondAndZeroIsTheStartItself() {
    assertThat(CAL.add(at("2026-03-10T11:59:59"), Duration.ofSeconds(2)))
        .isEqualTo(at("2026-03-10T14:00:01"));
    assertThat(CAL.add(at("2026-03-07T03:00"), Duration.ZERO)).isEqualTo(at("2026-03-07T03:00"));
    assertThatThrownBy(() -> CAL.add(at("2026-03-10T09:00"), ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1M");
  }

  @Test
  void workingTime() {
    assertThat(CAL.isWorkingTime(at("2026-03-10T08:30"))).isTrue();
    assertThat(CAL.isWorkingTime(at("2026-03-10T08:29:59"))).isFalse();
    assertThat(CAL.isWorkingTime(at("2026-03-10T11:59:59"))).isTrue();
    assertThat(CAL.isWorkingTime(at("2026-03-10T12:00"))).isFalse();
    assertThat(CAL.isWorkingTime(at("2026-03-10T17:30"))).isFalse();
    assertThat(CAL.isWorkingTime(at("2026-03-07T10:00"))).as("a plain Saturday").isFalse();
    assertThat(CAL.isWorkingTime(at("2026-01-04T10:00"))).as("make-up Sunday").isTrue();
    assertThat(CAL.isWorkingTime(at("2026-10-05T10:00"))).as("国庆 Monday").isFalse();
    assertThat(CAL.isWorkingTime(at("2026-10-10T10:00"))).as("make-up Saturday").isTrue();
  }

  @Test
  void nextWorkingInstant() {
    assertThat(CAL.nextWorkingInstant(at("2026-03-10T09:15"))).isEqualTo(at("2026-03-10T09:15"));
    assertThat(CAL.nextWorkingInstant(at("2026-03-10T12:00"))).isEqualTo(at("2026-03-10T14:00"));
    assertThat(CAL.nextWorkingInstant(at("2026-03-13T17:30"))).isEqualTo(at("2026-03-16T08:30"));
    assertThat(CAL.nextWorkingInstant(at("2026-02-21T10:00"))).isEqualTo(at("2026-02-24T08:30"));
    assertThat(CAL.nextWorkingInstant(at("2026-09-19T20:00"))).isEqualTo(at("2026-09-20T08:30"));
  }

  @Test
  void betweenIsTheInverseOfAddAndAntisymmetric() {
    // Starts every 97 minutes over 国庆 and 春节 2026, durations from 1 s to 3 working days.
    long[] seconds = {1, 59, 1800, 3600, 7 * 3600, 7 * 3600 + 1, 12 * 3600 + 17, 21 * 3600};
    for (String from : new String[] {"2026-02-10T00:00", "2026-09-17T00:00"}) {
      for (Instant s = at(from); s.isBefore(at(from).plus(Duration.ofDays(25))); ) {
        for (long sec : seconds) {
          Duration d = Duration.ofSeconds(sec);
          Instant due = CAL.add(s, d);
          assertThat(CAL.between(s, due)).as("%s + %s", s, d).isEqualTo(d);
          assertThat(CAL.between(due, s)).isEqualTo(d.negated());
          assertThat(CAL.isWorkingTime(due.minusSeconds(1))).as("%s + %s", s, d).isTrue();
        }
        s = s.plus(ofMinutes(97));
      }
    }
  }

  @Test
  void betweenOverAHolidayIsZero() {
    assertThat(CAL.between(at("2026-09-30T17:30"), at("2026-10-08T08:30"))).isZero();
    assertThat(CAL.between(at("2026-02-14T17:30"), at("2026-02-24T08:30"))).isZero();
    assertThat(CAL.between(at("2026-02-13T17:00"), at("2026-02-14T09:00"))).isEqualTo(ofHours(1));
  }

  @Test
  void uncoveredYearsFollowMondayToFridayWithoutThrowing() {
    assertThat(CAL.covers(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(CAL.covers(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(CAL.covers(LocalDate.of(2024, 12, 31))).isFalse();
    // 2027-01-01 is a Friday; without a 2027 table it counts as a working day.
    assertThat(CAL.add(at("2026-12-31T17:00"), ofHours(1))).isEqualTo(at("2027-01-01T09:00"));
    assertThat(CAL.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
    var plain = WorkingCalendar.of(CalendarTable.empty());
    assertThat(plain.covers(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
  }

  @Test
  void customWorkingHours() {
    var hours = WorkingHours.of(LocalTime.of(9, 0), LocalTime.of(12, 0));
    var cal = WorkingCalendar.of(CalendarTable.load(2026), hours);
    assertThat(cal.add(at("2026-03-06T11:00"), ofHours(2))).isEqualTo(at("2026-03-09T10:00"));
    assertThatThrownBy(() -> WorkingHours.of(LocalTime.of(14, 0), LocalTime.of(12, 0)))
        .hasMessageContaining("14:00–12:00");
    assertThatThrownBy(
            () ->
                WorkingHours.of(
                    LocalTime.of(8, 0),
                    LocalTime.of(12, 0),
                    LocalTime.of(11, 0),
                    LocalTime.of(13, 0)))
        .hasMessageContaining("must not overlap");
  }
}
