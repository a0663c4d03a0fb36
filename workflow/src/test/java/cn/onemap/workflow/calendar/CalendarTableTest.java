package cn.onemap.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.table.CsvTable;
import cn.onemap.workflow.table.TableFormatException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarTableTest {

  @Test
  void shippedYearsAsTheNoticesSay() {
    CalendarTable t = CalendarTable.load(2025, 2026);
    assertThat(t.years()).containsExactly(2025, 2026);
    assertThat(count(t, 2026, DayKind.HOLIDAY)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
    assertThat(t.makeUpDays(2026)).isEqualTo(workdays(t, 2026));
    assertThat(t.holidays(2026)).hasSize(33).startsWith(LocalDate.of(2026, 1, 1));
    assertThat(t.holidays(2027)).isEmpty();
    assertThat(workdays(t, 2026))
        .containsExactly(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10));
    assertThat(count(t, 2025, DayKind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
    assertThat(workdays(t, 2025))
        .containsExactly(
            LocalDate.of(2025, 1, 26),
            LocalDate.of(2025, 2, 8),
            LocalDate.of(2025, 4, 27),
            LocalDate.of(2025, 9, 28),
            LocalDate.of(2025, 10, 11));
    assertThat(t.entry(LocalDate.of(2026, 2, 17)).orElseThrow().name()).isEqualTo("春节");
    assertThat(t.entry(LocalDate.of(2026, 2, 14)).orElseThrow().name()).isEqualTo("春节调休");
    assertThat(t.entry(LocalDate.of(2026, 3, 17))).isEmpty();
    // Every make-up day is a weekend day; the holiday count of a weekday is what the notice gives.
    assertThat(t.entries().stream().filter(e -> e.kind() == DayKind.WORKDAY))
        .allMatch(e -> e.date().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0);
  }

  @Test
  void buildFromAdminRows() {
    var rows =
        List.of(
            CalendarEntry.holiday(LocalDate.of(2027, 1, 1), "元旦"),
            CalendarEntry.workday(LocalDate.of(2027, 1, 2), "测试调休"));
    var cal = WorkingCalendar.of(CalendarTable.of(Set.of(2027), rows));
    assertThat(cal.covers(LocalDate.of(2027, 6, 1))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2027, 1, 2))).isTrue();
    assertThatThrownBy(() -> CalendarTable.of(Set.of(2026), rows))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("2027-01-01 lies outside the table's years [2026]");
  }

  @Test
  void parseErrorsCarryTheLineNumber() {
    assertError("date,kind,name\n# comment\n2026-13-01,HOLIDAY,x\n", 3, "date must be yyyy-MM-dd");
    assertError("date,kind,name\n2026-01-01,HOLIDAY,元旦\n2026-01-02,FREE,x\n", 3, "kind must be");
    assertError("date,kind,name\n\n2026-01-05,WORKDAY,x\n", 3, "is a MONDAY");
    assertError("date,kind,name\n2026-01-01,HOLIDAY,a\n2026-01-01,HOLIDAY,b\n", 3, "appears twice");
    assertError("date,kind,name\n2025-12-31,HOLIDAY,a\n", 2, "outside the table's years [2026]");
    assertError("date,kind,name\n2026-01-01,HOLIDAY\n", 2, "expected 3 fields");
    assertError("date,kind,name\n2026-01-01,HOLIDAY,\"元旦\"\n", 2, "quotes");
    assertError("day,kind,name\n", 0, "expected header date,kind,name");
    assertThatThrownBy(() -> CalendarTable.load(1999))
        .isInstanceOf(TableFormatException.class)
        .hasMessage("workflow/calendar/cn-1999.csv:0: resource not found on the classpath");
  }

  private static void assertError(String csv, int line, String problem) {
    assertThatThrownBy(() -> CalendarTable.parse(2026, CsvTable.parse("t.csv", csv)))
        .isInstanceOfSatisfying(
            TableFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.getMessage()).startsWith("t.csv:" + line + ": ").contains(problem);
            });
  }

  private static long count(CalendarTable t, int year, DayKind kind) {
    return t.entries().stream().filter(e -> e.date().getYear() == year && e.kind() == kind).count();
  }

  private static List<LocalDate> workdays(CalendarTable t, int year) {
    return t.entries().stream()
        .filter(e -> e.date().getYear() == year && e.kind() == DayKind.WORKDAY)
        .map(CalendarEntry::date)
        .toList();
  }
}
