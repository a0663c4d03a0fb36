package cn.onemap.workflow.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.calendar.DayKind;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {
  private static final CaseCategories CATALOG = CaseCategories.shipped();

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            WorkflowException.class,
            e -> {
              assertThat(e.code()).isEqualTo("SETTINGS_INVALID");
              assertThat(e.details()).containsEntry("field", field);
            });
  }

  @Test
  void calendarRowsOfTheYear() {
    var rows =
        SettingsCheck.calendar(
            2026,
            List.of(
                new DayInput("2026-10-01", "HOLIDAY", " 国庆节 "),
                new DayInput("2026-03-07", "WORKDAY", null)));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).name()).isEqualTo("国庆节");
    assertThat(rows.get(1).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(rows.get(1).date()).isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(SettingsCheck.calendar(2027, List.of())).isEmpty();
  }

  @Test
  void badCalendarRowsNameTheirField() {
    refused(
        () -> SettingsCheck.calendar(2026, List.of(new DayInput("2026-02-30", "HOLIDAY", ""))),
        "entries[0].date");
    refused(
        () ->
            SettingsCheck.calendar(
                2026,
                List.of(
                    new DayInput("2026-10-01", "HOLIDAY", ""),
                    new DayInput("2027-01-01", "HOLIDAY", ""))),
        "entries[1].date");
    refused(
        () ->
            SettingsCheck.calendar(
                2026,
                List.of(
                    new DayInput("2026-10-01", "HOLIDAY", ""),
                    new DayInput("2026-10-01", "WORKDAY", ""))),
        "entries[1].date");
    refused(
        () -> SettingsCheck.calendar(2026, List.of(new DayInput("2026-10-01", "HOLIDY", ""))),
        "entries[0].kind");
    // 2026-03-06 is a Friday: a make-up working day must be a weekend day.
    refused(
        () -> SettingsCheck.calendar(2026, List.of(new DayInput("2026-03-06", "WORKDAY", ""))),
        "entries[0].kind");
    refused(
        () ->
            SettingsCheck.calendar(
                2026, List.of(new DayInput("2026-10-01", "HOLIDAY", "节".repeat(51)))),
        "entries[0].name");
    refused(() -> SettingsCheck.calendar(1999, List.of()), "year");
    refused(() -> SettingsCheck.calendar(2026, null), "entries");
  }

  @Test
  void workingHours() {
    var hours =
        SettingsCheck.hours(
            List.of(new IntervalInput("08:30", "12:00"), new IntervalInput("14:00", "17:30")));
    assertThat(hours.perDay()).isEqualTo(Duration.ofHours(7));
    refused(() -> SettingsCheck.hours(List.of()), "intervals");
    refused(
        () -> SettingsCheck.hours(List.of(new IntervalInput("8:30", "12:00"))),
        "intervals[0].start");
    refused(
        () -> SettingsCheck.hours(List.of(new IntervalInput("08:30", "25:00"))),
        "intervals[0].end");
    refused(
        () -> SettingsCheck.hours(List.of(new IntervalInput("12:00", "08:30"))),
        "intervals[0].end");
    refused(
        () ->
            SettingsCheck.hours(
                List.of(new IntervalInput("08:30", "12:00"), new IntervalInput("11:00", "17:30"))),
        "intervals[1].start");
    refused(() -> SettingsCheck.hours(List.of(new IntervalInput("08:30", "09:00"))), "intervals");
    refused(() -> SettingsCheck.hours(List.of(new IntervalInput("00:00", "23:59"))), "intervals");
  }

  private static List<LimitInput> defaults() {
    var out = new ArrayList<LimitInput>();
    for (TimeLimits.Limit l : TimeLimits.shipped().rows()) {
      out.add(
          new LimitInput(
              l.category(),
              l.stage().name(),
              l.urgency().name(),
              BigDecimal.valueOf(l.limit().toSeconds()).divide(BigDecimal.valueOf(3600))));
    }
    return out;
  }

  @Test
  void theShippedLimitsRoundTripThroughRows() {
    TimeLimits again = SettingsCheck.limits(defaults(), CATALOG);
    assertThat(again.rows()).isEqualTo(TimeLimits.shipped().rows());
    assertThat(again.limit("E0401", Stage.HANDLE, Urgency.CRITICAL))
        .isEqualTo(Duration.ofMinutes(30));
    var edited = new ArrayList<>(defaults());
    edited.add(new LimitInput("P01", "HANDLE", "NORMAL", new BigDecimal("3.5")));
    assertThat(SettingsCheck.limits(edited, CATALOG).limit("P0101", Stage.HANDLE, Urgency.NORMAL))
        .isEqualTo(Duration.ofMinutes(210));
  }

  @Test
  void badLimitsNameTheirField() {
    var rows = new ArrayList<>(defaults());
    int last = rows.size();
    rows.add(new LimitInput("X99", "HANDLE", "NORMAL", BigDecimal.ONE));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].category");
    rows.set(last, new LimitInput("P01", "FIX", "NORMAL", BigDecimal.ONE));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].stage");
    rows.set(last, new LimitInput("P01", "HANDLE", "SOON", BigDecimal.ONE));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].urgency");
    rows.set(last, new LimitInput("P01", "HANDLE", "NORMAL", BigDecimal.ZERO));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].hours");
    rows.set(last, new LimitInput("P01", "HANDLE", "NORMAL", new BigDecimal("1000.5")));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].hours");
    rows.set(last, new LimitInput("P01", "HANDLE", "NORMAL", new BigDecimal("0.0001")));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].hours");
    rows.set(last, new LimitInput("*", "HANDLE", "NORMAL", BigDecimal.ONE));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits[" + last + "].category");
    // Without a default cell nothing would answer HANDLE at NORMAL for most categories.
    rows.remove(last);
    rows.removeIf(
        r ->
            r.category().equals("*") && r.stage().equals("HANDLE") && r.urgency().equals("NORMAL"));
    refused(() -> SettingsCheck.limits(rows, CATALOG), "limits");
  }
}
