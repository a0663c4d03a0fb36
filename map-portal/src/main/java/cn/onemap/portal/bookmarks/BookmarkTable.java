package cn.onemap.portal.bookmarks;

import cn.onemap.core.store.JdbcFeatureStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The {@code om_bookmark} table: plain JDBC with bound parameters; every statement is limited to
 * the owner's rows, so one user can neither list nor delete another's.
 */
@Component
class BookmarkTable {
  static final int MAX_NAME = 100;
  static final int MAX_STATE = 4000;

  /** Bookmarks a user may keep. */
  static final int MAX_PER_USER = 200;

  private final DataSource dataSource;
  private final Clock clock;

  BookmarkTable(JdbcFeatureStore store, Clock clock) {
    this.dataSource = store.dataSource();
    this.clock = clock;
  }

  /** The owner's bookmarks, newest first. */
  List<Bookmark> list(String owner) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, name, state, created_at FROM om_bookmark WHERE owner = ?"
                    + " ORDER BY created_at DESC, id DESC")) {
      ps.setString(1, owner);
      List<Bookmark> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Bookmark(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, OffsetDateTime.class).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading bookmarks failed", e);
    }
  }

  int count(String owner) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM om_bookmark WHERE owner = ?")) {
      ps.setString(1, owner);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("counting bookmarks failed", e);
    }
  }

  Bookmark insert(String owner, String name, String state) {
    Instant now = clock.instant();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO om_bookmark (owner, name, state, created_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, owner);
      ps.setString(2, name);
      ps.setString(3, state);
      ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Bookmark(keys.getLong(1), name, state, now);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("saving a bookmark failed", e);
    }
  }

  /** Deletes the owner's bookmark; false when the owner has none with that id. */
  boolean delete(String owner, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM om_bookmark WHERE id = ? AND owner = ?")) {
      ps.setLong(1, id);
      ps.setString(2, owner);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("deleting a bookmark failed", e);
    }
  }
}
