package cn.onemap.portal.cases;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.workflow.calendar.CalendarEntry;
import cn.onemap.workflow.calendar.CalendarTable;
import cn.onemap.workflow.calendar.DayKind;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.calendar.WorkingHours;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The case-clock rules as the admin keeps them (portal V9: {@code om_case_settings}, {@code
 * om_case_calendar_year}, {@code om_case_calendar}, {@code om_case_working_hours}, {@code
 * om_case_time_limit}). Every save replaces one part in one transaction and raises the settings
 * version, which the live rules ({@link LiveCaseRules}) of every node watch. The first start seeds
 * the shipped tables, once even when several nodes start together (a conditional update of the
 * version from 0).
 */
@Component
class CaseSettingsRepository {
  private final DataSource dataSource;
  private final Clock clock;

  /** What is stored, read as one consistent state. */
  record Stored(
      long version,
      Set<Integer> years,
      List<CalendarEntry> days,
      WorkingHours hours,
      List<TimeLimits.Limit> limits) {
    WorkingCalendar calendar() {
      return WorkingCalendar.of(CalendarTable.of(years, days), hours);
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  CaseSettingsRepository(JdbcFeatureStore store, Clock clock) {
    this.dataSource = store.dataSource();
    this.clock = clock;
  }

  /** The settings version: 0 before the seed, raised by every save. */
  long version() {
    return read(CaseSettingsRepository::version);
  }

  private static long version(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT version FROM om_case_settings WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Everything stored, seeding the shipped tables first when nothing is. */
  Stored load() {
    if (version() == 0) {
      seed();
    }
    for (int attempt = 0; ; attempt++) {
      Stored s = read(CaseSettingsRepository::readAll);
      // A save between the reads of two tables shows as a moved version: read again.
      if (version() == s.version() || attempt >= 5) {
        return s;
      }
    }
  }

  private static Stored readAll(Connection c) throws SQLException {
    long version = version(c);
    Set<Integer> years = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT cal_year FROM om_case_calendar_year");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
    }
    List<CalendarEntry> days = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT cal_date, kind, name FROM om_case_calendar ORDER BY cal_date");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        days.add(
            new CalendarEntry(
                rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)), rs.getString(3)));
      }
    }
    List<LocalTime> times = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT start_time, end_time FROM om_case_working_hours ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        times.add(LocalTime.parse(rs.getString(1)));
        times.add(LocalTime.parse(rs.getString(2)));
      }
    }
    List<TimeLimits.Limit> limits = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT category, stage, urgency, limit_seconds FROM om_case_time_limit"
                    + " ORDER BY category, stage, urgency");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        limits.add(
            new TimeLimits.Limit(
                rs.getString(1),
                Stage.valueOf(rs.getString(2)),
                Urgency.valueOf(rs.getString(3)),
                Duration.ofSeconds(rs.getLong(4))));
      }
    }
    WorkingHours hours =
        times.isEmpty() ? WorkingHours.DEFAULT : WorkingHours.of(times.toArray(LocalTime[]::new));
    return new Stored(version, years, days, hours, limits);
  }

  /** The shipped tables, written when the version is still 0 (by one node only). */
  private void seed() {
    CalendarTable shipped = CalendarTable.load(WorkingCalendar.SHIPPED_YEARS);
    write(
        "seed",
        c -> {
          try (PreparedStatement claim =
              c.prepareStatement(
                  "UPDATE om_case_settings SET version = 1, updated_at = ?, updated_by = ?"
                      + " WHERE id = 1 AND version = 0")) {
            claim.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            claim.setString(2, "system");
            if (claim.executeUpdate() == 0) {
              return false; // another node seeded
            }
          }
          for (int y : shipped.years()) {
            writeYear(
                c, y, shipped.entries().stream().filter(e -> e.date().getYear() == y).toList());
          }
          writeHours(c, WorkingHours.DEFAULT);
          writeLimits(c, TimeLimits.shipped().rows());
          return true;
        });
  }

  /** Replaces the holidays and make-up days of {@code year} (the year becomes covered). */
  long saveCalendar(int year, List<CalendarEntry> rows, String by) {
    return save(by, c -> writeYear(c, year, rows));
  }

  long saveHours(WorkingHours hours, String by) {
    return save(by, c -> writeHours(c, hours));
  }

  long saveLimits(TimeLimits limits, String by) {
    return save(by, c -> writeLimits(c, limits.rows()));
  }

  private interface Writer {
    void write(Connection c) throws SQLException;
  }

  /** One part replaced and the version raised, in one transaction: all or nothing. */
  private long save(String by, Writer writer) {
    if (version() == 0) {
      seed();
    }
    return write(
        "save",
        c -> {
          try (PreparedStatement bump =
              c.prepareStatement(
                  "UPDATE om_case_settings SET version = version + 1, updated_at = ?,"
                      + " updated_by = ? WHERE id = 1")) {
            bump.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            bump.setString(2, by);
            bump.executeUpdate();
          }
          writer.write(c);
          return version(c);
        });
  }

  private static void writeYear(Connection c, int year, List<CalendarEntry> rows)
      throws SQLException {
    try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM om_case_calendar WHERE cal_date >= ? AND cal_date <= ?");
        PreparedStatement deleteYear =
            c.prepareStatement("DELETE FROM om_case_calendar_year WHERE cal_year = ?");
        PreparedStatement insertYear =
            c.prepareStatement("INSERT INTO om_case_calendar_year (cal_year) VALUES (?)");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO om_case_calendar (cal_date, kind, name) VALUES (?, ?, ?)")) {
      delete.setDate(1, Date.valueOf(java.time.LocalDate.of(year, 1, 1)));
      delete.setDate(2, Date.valueOf(java.time.LocalDate.of(year, 12, 31)));
      delete.executeUpdate();
      deleteYear.setInt(1, year);
      deleteYear.executeUpdate();
      insertYear.setInt(1, year);
      insertYear.executeUpdate();
      for (CalendarEntry e : rows) {
        insert.setDate(1, Date.valueOf(e.date()));
        insert.setString(2, e.kind().name());
        insert.setString(3, e.name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void writeHours(Connection c, WorkingHours hours) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM om_case_working_hours");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO om_case_working_hours (seq, start_time, end_time) VALUES (?, ?, ?)")) {
      delete.executeUpdate();
      int seq = 0;
      for (WorkingHours.Interval i : hours.intervals()) {
        insert.setInt(1, seq++);
        insert.setString(2, i.start().toString());
        insert.setString(3, i.end().toString());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void writeLimits(Connection c, List<TimeLimits.Limit> limits) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM om_case_time_limit");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO om_case_time_limit (category, stage, urgency, limit_seconds)"
                    + " VALUES (?, ?, ?, ?)")) {
      delete.executeUpdate();
      for (TimeLimits.Limit l : limits) {
        insert.setString(1, l.category());
        insert.setString(2, l.stage().name());
        insert.setString(3, l.urgency().name());
        insert.setLong(4, l.limit().toSeconds());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the case settings failed: " + e.getMessage(), e);
    }
  }

  private <T> T write(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the case settings " + what + " failed: " + e.getMessage(), e);
    }
  }
}
