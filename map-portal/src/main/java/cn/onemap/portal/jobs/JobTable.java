package cn.onemap.portal.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code om_job} table (Flyway V3): plain JDBC with bound parameters only. Updates of a running
 * job are conditional on it still being active, so a job another node declared failed stays failed.
 */
final class JobTable {
  private static final String ACTIVE = "status IN ('QUEUED', 'RUNNING')";
  private static final String COLUMNS =
      "id, kind, owner, status, progress, error_code, message, error_details, report, node,"
          + " cancel_requested, heartbeat_at, created_at, finished_at";

  /** One row; {@code errorDetails} and {@code report} are JSON. */
  record Row(
      String id,
      String kind,
      String owner,
      Job.State status,
      double progress,
      String errorCode,
      String message,
      String errorDetails,
      String report,
      String node,
      boolean cancelRequested,
      Instant heartbeat,
      Instant created,
      Instant finished) {}

  private final DataSource dataSource;

  JobTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void insert(Row r) {
    update(
        "INSERT INTO om_job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.id(),
        r.kind(),
        r.owner(),
        r.status().name(),
        r.progress(),
        r.errorCode(),
        r.message(),
        r.errorDetails(),
        r.report(),
        r.node(),
        r.cancelRequested(),
        time(r.heartbeat()),
        time(r.created()),
        time(r.finished()));
  }

  /**
   * Writes a running job's state and heartbeat; false when the row is no longer active (another
   * node failed it, or it is gone).
   */
  boolean beat(String id, Job.State status, double progress, String report, Instant now) {
    return update(
            "UPDATE om_job SET status = ?, progress = ?, report = ?, heartbeat_at = ? WHERE id = ?"
                + " AND "
                + ACTIVE,
            status.name(),
            progress,
            report,
            time(now),
            id)
        == 1;
  }

  /** Writes the end of a job, whatever another node thought of it meanwhile. */
  void finish(Row r) {
    update(
        "UPDATE om_job SET status = ?, progress = ?, error_code = ?, message = ?, error_details = ?,"
            + " report = ?, heartbeat_at = ?, finished_at = ? WHERE id = ?",
        r.status().name(),
        r.progress(),
        r.errorCode(),
        r.message(),
        r.errorDetails(),
        r.report(),
        time(r.heartbeat()),
        time(r.finished()),
        r.id());
  }

  void requestCancel(String id) {
    update("UPDATE om_job SET cancel_requested = TRUE WHERE id = ? AND " + ACTIVE, id);
  }

  /** Ids among {@code ids} whose cancel was asked for. */
  List<String> cancelRequested(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      find(id).filter(Row::cancelRequested).ifPresent(r -> out.add(id));
    }
    return out;
  }

  /** Fails the active jobs of {@code node} (or of any node when null) with no heartbeat since. */
  int failActive(String node, Instant heartbeatBefore, String code, String message, Instant now) {
    return update(
        "UPDATE om_job SET status = 'FAILED', error_code = ?, message = ?, error_details = '{}',"
            + " finished_at = ? WHERE "
            + ACTIVE
            + " AND heartbeat_at < ?"
            + (node == null ? "" : " AND node = ?"),
        node == null
            ? new Object[] {code, message, time(now), time(heartbeatBefore)}
            : new Object[] {code, message, time(now), time(heartbeatBefore), node});
  }

  Optional<Row> find(String id) {
    List<Row> rows = select("SELECT " + COLUMNS + " FROM om_job WHERE id = ?", id);
    return rows.stream().findFirst();
  }

  /** Ids of the jobs that finished before {@code before}. */
  List<String> finishedBefore(Instant before) {
    return select("SELECT " + COLUMNS + " FROM om_job WHERE finished_at < ?", time(before)).stream()
        .map(Row::id)
        .toList();
  }

  void delete(String id) {
    update("DELETE FROM om_job WHERE id = ?", id);
  }

  private static OffsetDateTime time(Instant t) {
    return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the job table cannot be written: " + e.getMessage(), e);
    }
  }

  private List<Row> select(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString("id"),
                  rs.getString("kind"),
                  rs.getString("owner"),
                  Job.State.valueOf(rs.getString("status")),
                  rs.getDouble("progress"),
                  rs.getString("error_code"),
                  rs.getString("message"),
                  rs.getString("error_details"),
                  rs.getString("report"),
                  rs.getString("node"),
                  rs.getBoolean("cancel_requested"),
                  instant(rs, "heartbeat_at"),
                  instant(rs, "created_at"),
                  instant(rs, "finished_at")));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("the job table cannot be read: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int k = 0; k < args.length; k++) {
      ps.setObject(k + 1, args[k]);
    }
  }
}
