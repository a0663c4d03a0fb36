package cn.onemap.portal.security;

import cn.onemap.core.store.JdbcFeatureStore;
import cn.onemap.portal.audit.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Per-account and per-address sign-in throttling with a growing delay and account lockout. The
 * counters live in the table {@code om_login_failure}, so every node behind a load balancer sees
 * the same ones. Nothing sleeps in a request thread: an attempt that comes too early is refused at
 * once with {@link LoginRefusedException} (HTTP 429 with {@code Retry-After}). Unknown user names
 * are counted and locked like real ones, so the answers do not tell which accounts exist.
 */
@Component
public class LoginThrottle {
  private static final String USER = "user:";
  private static final String IP = "ip:";

  /** A subject with recorded failures. */
  public record Failures(String subject, int failures, Instant lastFailureAt, boolean locked) {}

  private final DataSource dataSource;
  private final LoginProperties settings;
  private final AuditLog audit;
  private final Clock clock;

  LoginThrottle(JdbcFeatureStore store, LoginProperties settings, AuditLog audit, Clock clock) {
    this.dataSource = store.dataSource();
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Refuses the attempt if the account is locked or it or the address must still wait.
   *
   * @return whether failures are on record for the account (a success then clears them)
   */
  public boolean check(String username, String remoteAddr) {
    Instant now = clock.instant();
    boolean recorded = false;
    for (Failures f : read(USER + username, IP + remoteAddr)) {
      boolean user = f.subject().startsWith(USER);
      recorded |= user;
      if (user && f.locked()) {
        throw LoginRefusedException.locked();
      }
      if (f.lastFailureAt().plus(settings.window()).isBefore(now)) {
        continue;
      }
      int free = user ? settings.freeFailures() : settings.ipFreeFailures();
      Duration wait = Duration.between(now, f.lastFailureAt().plus(delay(f.failures() - free)));
      if (f.failures() >= free && !wait.isNegative() && !wait.isZero()) {
        throw LoginRefusedException.throttled(wait);
      }
    }
    return recorded;
  }

  /** The wait after {@code over} failures beyond the free ones: base, doubling, capped. */
  Duration delay(int over) {
    if (over < 0) {
      return Duration.ZERO;
    }
    long millis = settings.baseDelay().toMillis() << Math.min(over, 30);
    return Duration.ofMillis(Math.min(millis, settings.maxDelay().toMillis()));
  }

  /** Counts a failed sign-in against the account and the address; locks the account at N. */
  public void failed(String username, String remoteAddr) {
    audit.record(username, "LOGIN_FAILED", username, null, remoteAddr);
    increment(IP + remoteAddr);
    int failures = increment(USER + username);
    if (failures >= settings.lockoutFailures()
        && update(
                "UPDATE om_login_failure SET locked = TRUE WHERE subject = ? AND locked = FALSE",
                USER + username)
            == 1) {
      audit.record(
          "system",
          "ACCOUNT_LOCKED",
          username,
          "after " + failures + " failed sign-ins",
          remoteAddr);
    }
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  public void succeeded(String username) {
    update("DELETE FROM om_login_failure WHERE subject = ?", USER + username);
  }

  /** An administrator unlocks an account; false if it had no failures on record. */
  public boolean unlockUser(String username, String actor, String remoteAddr) {
    return clear(USER + username, actor, remoteAddr);
  }

  /** An administrator clears a client address's failures. */
  public boolean unlockAddress(String address, String actor, String remoteAddr) {
    return clear(IP + address, actor, remoteAddr);
  }

  private boolean clear(String subject, String actor, String remoteAddr) {
    boolean had = update("DELETE FROM om_login_failure WHERE subject = ?", subject) > 0;
    if (had) {
      audit.record(actor, "LOGIN_UNLOCKED", subject, null, remoteAddr);
    }
    return had;
  }

  /** Every subject with failures on record, locked ones first. */
  public List<Failures> list() {
    var all = new ArrayList<Failures>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT subject, failures, last_failure_at, locked FROM om_login_failure"
                    + " ORDER BY locked DESC, last_failure_at DESC");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        all.add(row(rs));
      }
      return all;
    } catch (SQLException e) {
      throw new IllegalStateException("reading sign-in failures failed", e);
    }
  }

  private List<Failures> read(String user, String ip) {
    var rows = new ArrayList<Failures>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT subject, failures, last_failure_at, locked FROM om_login_failure"
                    + " WHERE subject IN (?, ?)")) {
      ps.setString(1, user);
      ps.setString(2, ip);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("reading sign-in failures failed", e);
    }
  }

  /** Adds one failure (starting again after the window) and returns the new count. */
  private int increment(String subject) {
    Instant now = clock.instant();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    OffsetDateTime windowStart =
        OffsetDateTime.ofInstant(now.minus(settings.window()), ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try (PreparedStatement up =
            c.prepareStatement(
                "UPDATE om_login_failure SET failures = CASE WHEN locked OR last_failure_at >= ?"
                    + " THEN failures + 1 ELSE 1 END, last_failure_at = ? WHERE subject = ?")) {
          up.setObject(1, windowStart);
          up.setObject(2, at);
          up.setString(3, subject);
          if (up.executeUpdate() == 0) {
            try (PreparedStatement in =
                c.prepareStatement(
                    "INSERT INTO om_login_failure (subject, failures, last_failure_at, locked)"
                        + " VALUES (?, 1, ?, FALSE)")) {
              in.setString(1, subject);
              in.setObject(2, at);
              in.executeUpdate();
            } catch (SQLException e) {
              if ("23505".equals(e.getSQLState())) {
                continue; // another node inserted it first: count on the row it made
              }
              throw e;
            }
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("SELECT failures FROM om_login_failure WHERE subject = ?")) {
          ps.setString(1, subject);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 1;
          }
        }
      }
      throw new IllegalStateException("could not count a failed sign-in for " + subject);
    } catch (SQLException e) {
      throw new IllegalStateException("recording a failed sign-in failed", e);
    }
  }

  private int update(String sql, String subject) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, subject);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("updating sign-in failures failed", e);
    }
  }

  private static Failures row(ResultSet rs) throws SQLException {
    return new Failures(
        rs.getString(1),
        rs.getInt(2),
        rs.getObject(3, OffsetDateTime.class).toInstant(),
        rs.getBoolean(4));
  }
}
