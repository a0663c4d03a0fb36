package cn.onemap.workflow.calendar;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.table.CsvTable;
import cn.onemap.workflow.table.TableFormatException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holidays and make-up working days of the years it covers, as the State Council announces them
 * each year (国务院办公厅关于部分节假日安排的通知). This is a table, not a rule: the dates follow no formula, so each
 * year's file must be checked against the official notice, and admins maintain it (the portal
 * stores their edits and builds a table with {@link #of(Collection, Collection)}).
 *
 * <p>A year is either covered (its rows are the complete truth about its exceptions; an empty year
 * is allowed and means "no exceptions") or not covered, in which case callers fall back to Monday–
 * Friday. A row's year must be one of the covered years. A make-up working day must fall on a
 * Saturday or Sunday (on a weekday it would change nothing, so it is almost certainly a typo).
 */
public final class CalendarTable {
  /** Resource of year {@code y}: {@code workflow/calendar/cn-y.csv}. */
  public static final String RESOURCE_PATTERN = "workflow/calendar/cn-%d.csv";

  private final Set<Integer> years;
  private final Map<LocalDate, CalendarEntry> entries;

  private CalendarTable(Set<Integer> years, Map<LocalDate, CalendarEntry> entries) {
    this.years = Set.copyOf(years);
    this.entries = Map.copyOf(entries);
  }

  /** A table covering nothing: every day follows the Monday–Friday rule. */
  public static CalendarTable empty() {
    return new CalendarTable(Set.of(), Map.of());
  }

  /**
   * The table of {@code years} from {@code rows} (e.g. what an admin saved). Fails when a row lies
   * outside the years, a date appears twice, or a make-up day is a weekday.
   */
  public static CalendarTable of(Collection<Integer> years, Collection<CalendarEntry> rows) {
    var map = new TreeMap<LocalDate, CalendarEntry>();
    for (CalendarEntry e : rows) {
      String problem = problem(years, map, e);
      if (problem != null) {
        throw new WorkflowException(
            "CALENDAR_ROW_INVALID", problem, Map.of("date", e.date().toString()));
      }
      map.put(e.date(), e);
    }
    return new CalendarTable(new TreeSet<>(years), map);
  }

  /** The shipped tables of {@code years} (resources {@code workflow/calendar/cn-<year>.csv}). */
  public static CalendarTable load(int... years) {
    return load(java.util.Arrays.stream(years).boxed().toList());
  }

  /** The shipped tables of {@code years}. */
  public static CalendarTable load(Collection<Integer> years) {
    var yearSet = new TreeSet<Integer>();
    var rows = new ArrayList<CalendarEntry>();
    for (int y : years) {
      yearSet.add(y);
      rows.addAll(parse(y, CsvTable.resource(String.format(RESOURCE_PATTERN, y))));
    }
    return of(yearSet, rows);
  }

  /**
   * The rows of one year's CSV ({@code date,kind,name}); errors carry the source and line number.
   */
  public static List<CalendarEntry> parse(int year, CsvTable table) {
    table.requireHeader("date", "kind", "name");
    var out = new ArrayList<CalendarEntry>();
    var seen = new TreeMap<LocalDate, CalendarEntry>();
    for (CsvTable.Row row : table.rows()) {
      LocalDate date;
      try {
        date = LocalDate.parse(row.required("date"));
      } catch (DateTimeParseException e) {
        throw row.error("date must be yyyy-MM-dd, found " + row.get("date"));
      }
      DayKind kind;
      try {
        kind = DayKind.valueOf(row.required("kind"));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be HOLIDAY or WORKDAY, found " + row.get("kind"));
      }
      var entry = new CalendarEntry(date, kind, row.get("name"));
      String problem = problem(Set.of(year), seen, entry);
      if (problem != null) {
        throw new TableFormatException(table.source(), row.line(), problem);
      }
      seen.put(date, entry);
      out.add(entry);
    }
    return out;
  }

  private static String problem(
      Collection<Integer> years, Map<LocalDate, CalendarEntry> seen, CalendarEntry e) {
    if (!years.contains(e.date().getYear())) {
      return e.date() + " lies outside the table's years " + new TreeSet<>(years);
    }
    if (seen.containsKey(e.date())) {
      return e.date() + " appears twice (" + seen.get(e.date()).kind() + " and " + e.kind() + ")";
    }
    DayOfWeek d = e.date().getDayOfWeek();
    if (e.kind() == DayKind.WORKDAY && d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
      return "make-up working day "
          + e.date()
          + " is a "
          + d
          + "; only a Saturday or Sunday can be";
    }
    return null;
  }

  /** Whether the table knows the exceptions of {@code date}'s year. */
  public boolean covers(LocalDate date) {
    return years.contains(date.getYear());
  }

  /** The covered years, ascending. */
  public Set<Integer> years() {
    return new TreeSet<>(years);
  }

  /** The row of {@code date}, if it is a holiday or a make-up day. */
  public Optional<CalendarEntry> entry(LocalDate date) {
    return Optional.ofNullable(entries.get(date));
  }

  /** The holidays of {@code year}, ascending (empty for an uncovered year). */
  public List<LocalDate> holidays(int year) {
    return dates(year, DayKind.HOLIDAY);
  }

  /** The make-up working days (调休) of {@code year}, ascending. */
  public List<LocalDate> makeUpDays(int year) {
    return dates(year, DayKind.WORKDAY);
  }

  private List<LocalDate> dates(int year, DayKind kind) {
    return entries().stream()
        .filter(e -> e.date().getYear() == year && e.kind() == kind)
        .map(CalendarEntry::date)
        .toList();
  }

  /** Every row, by date. */
  public List<CalendarEntry> entries() {
    return List.copyOf(new TreeMap<>(entries).values());
  }
}
