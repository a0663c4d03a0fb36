package cn.onemap.workflow.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The reports' idempotency keys (reporter and client key → case number) in a table of the engine's
 * schema whose primary key makes a key claimable once: two sends of one offline report, even at the
 * same moment on two nodes, make one case. A look-up is one primary-key read, not a search of the
 * engine's variable history.
 */
final class ReportKeys {
  private static final String TABLE = "om_case_report_key";

  /** SQL state of a unique-constraint violation on H2 and PostgreSQL. */
  private static final String DUPLICATE = "23505";

  private final DataSource engineSchema;

  /**
   * @param engineSchema connections whose current schema is the engine's
   */
  ReportKeys(DataSource engineSchema) {
    this.engineSchema = engineSchema;
  }

  void create() {
    try (Connection c = engineSchema.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (report_key VARCHAR(300) PRIMARY KEY, case_no VARCHAR(40) NOT NULL,"
              + " claimed_at TIMESTAMP NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + TABLE + ": " + e.getMessage(), e);
    }
  }

  Optional<String> find(String key) {
    try (Connection c = engineSchema.getConnection();
        PreparedStatement st =
            c.prepareStatement("SELECT case_no FROM " + TABLE + " WHERE report_key = ?")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + TABLE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Claims {@code key} for {@code caseNo}; when another report holds it already, the case number
   * that report claimed.
   */
  Optional<String> claim(String key, String caseNo, Instant at) {
    try (Connection c = engineSchema.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO " + TABLE + " (report_key, case_no, claimed_at) VALUES (?, ?, ?)")) {
      st.setString(1, key);
      st.setString(2, caseNo);
      st.setTimestamp(3, Timestamp.from(at));
      st.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return Optional.empty();
    } catch (SQLException e) {
      if (DUPLICATE.equals(e.getSQLState())) {
        return find(key);
      }
      throw new IllegalStateException("cannot write " + TABLE + ": " + e.getMessage(), e);
    }
  }

  /** Gives a key back when its report failed, so a resend may try again. */
  void release(String key, String caseNo) {
    try (Connection c = engineSchema.getConnection();
        PreparedStatement st =
            c.prepareStatement("DELETE FROM " + TABLE + " WHERE report_key = ? AND case_no = ?")) {
      st.setString(1, key);
      st.setString(2, caseNo);
      st.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write " + TABLE + ": " + e.getMessage(), e);
    }
  }
}
