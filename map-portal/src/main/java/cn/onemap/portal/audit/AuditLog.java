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

  /** The newest entries first, optionally of one action or about one target. */
  public List<Entry> list(Optional<String> action, Optional<String> target, int limit) {
    var sql =
        new StringBuilder(
            "SELECT id, at, actor, action, target, detail, remote_addr FROM om_audit WHERE 1 = 1");
    action.ifPresent(a -> sql.append(" AND action = ?"));
    target.ifPresent(t -> sql.append(" AND target = ?"));
    sql.append(" ORDER BY id DESC LIMIT ?");
    var entries = new ArrayList<Entry>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (action.isPresent()) {
        ps.setString(i++, action.get());
      }
      if (target.isPresent()) {
        ps.setString(i++, target.get());
      }
      ps.setInt(i, limit);
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
}
