package cn.onemap.portal.audit;

import cn.onemap.core.store.JdbcFeatureStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Appends to and reads the audit log ({@code om_audit}); plain parameterized JDBC. */
@Component
public class AuditLog {
  private static final Logger log = LoggerFactory.getLogger("onemap.audit");
  private static final int MAX_DETAIL = 1000;

  /** One audit entry. */
  public record Entry(
      long id,
      Instant at,
      String actor,
      String action,
      String target,
      String detail,
      String remoteAddr) {}

  private final DataSource dataSource;
  private final Clock clock;

  AuditLog(JdbcFeatureStore store, Clock clock) {
    this.dataSource = store.dataSource();
    this.clock = clock;
  }

  /**
   * Records an action.
   *
   * @param actor who acted (user name, key id, or {@code anonymous})
   * @param action what was done, e.g. {@code USER_DISABLED}, {@code LOGIN_FAILED}
   * @param target whom it was done to (user name, key id), may be null
   * @param detail what changed, may be null; cut to 1000 characters
   * @param remoteAddr the client's address, may be null
   */
  public void record(String actor, String action, String target, String detail, String remoteAddr) {
    String cut =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    log.info("{} {} {} {} from {}", actor, action, target, cut == null ? "" : cut, remoteAddr);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO om_audit (at, actor, action, target, detail, remote_addr)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setString(4, target);
      ps.setString(5, cut);
      ps.setString(6, remoteAddr);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("writing the audit log failed", e);
    }
  }

  /**
   * Which entries to list, newest first; every field optional.
   *
   * @param action an action ({@code KEY_CREATED}) or, ending in {@code _}, a family of actions
   *     ({@code LOGIN_}, {@code KEY_}, {@code USER_})
   * @param actor who acted
   * @param target whom it was done to
   * @param from entries at or after this instant
   * @param to entries before this instant
   */
  public record Filter(
      Optional<String> action,
      Optional<String> actor,
      Optional<String> target,
      Optional<Instant> from,
      Optional<Instant> to) {
    public static Filter none() {
      return new Filter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** The newest entries first, optionally of one action or about one target. */
  public List<Entry> list(Optional<String> action, Optional<String> target, int limit) {
    return list(
        new Filter(action, Optional.empty(), target, Optional.empty(), Optional.empty()), 0, limit);
  }

  /** A page of the entries matching the filter, newest first. */
  public List<Entry> list(Filter filter, int offset, int limit) {
    var params = new ArrayList<Object>();
    String where = where(filter, params);
    var entries = new ArrayList<Entry>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, at, actor, action, target, detail, remote_addr FROM om_audit"
                    + where
                    + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
      int i = bind(ps, params);
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new Entry(
                  rs.getLong(1),
                  rs.getObject(2, OffsetDateTime.class).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log failed", e);
    }
  }

  /** How many entries match the filter. */
  public long count(Filter filter) {
    var params = new ArrayList<Object>();
    String where = where(filter, params);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM om_audit" + where)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit log failed", e);
    }
  }

  private static String where(Filter filter, List<Object> params) {
    var sql = new StringBuilder(" WHERE 1 = 1");
    filter
        .action()
        .ifPresent(
            a -> {
              if (a.endsWith("_")) {
                sql.append(" AND action LIKE ?");
                params.add(a.replace("_", "\\_") + "%");
              } else {
                sql.append(" AND action = ?");
                params.add(a);
              }
            });
    filter.actor().ifPresent(a -> add(sql, params, " AND actor = ?", a));
    filter.target().ifPresent(t -> add(sql, params, " AND target = ?", t));
    filter.from().ifPresent(f -> add(sql, params, " AND at >= ?", utc(f)));
    filter.to().ifPresent(t -> add(sql, params, " AND at < ?", utc(t)));
    return sql.toString();
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    sql.append(clause);
    params.add(value);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }
}
