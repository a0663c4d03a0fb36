package cn.onemap.portal.settings;

import cn.onemap.core.store.JdbcFeatureStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Stored settings ({@code om_setting}: one row per name, the value as JSON text). Values are read
 * on every request that needs them (CORS, the CSP header), so each is cached for a few seconds; a
 * change on this node is seen at once, a change on another node within {@link #TTL}.
 */
@Component
public class PortalSettings {
  static final Duration TTL = Duration.ofSeconds(5);

  private record Cached(Optional<String> value, Instant readAt) {}

  private final DataSource dataSource;
  private final Clock clock;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  PortalSettings(JdbcFeatureStore store, Clock clock) {
    this.dataSource = store.dataSource();
    this.clock = clock;
  }

  /** The stored value, or empty when the setting was never saved. */
  public Optional<String> get(String name) {
    Instant now = clock.instant();
    Cached cached = cache.get(name);
    if (cached != null && cached.readAt().plus(TTL).isAfter(now)) {
      return cached.value();
    }
    Optional<String> value = read(name);
    cache.put(name, new Cached(value, now));
    return value;
  }

  /** Stores a value (insert or replace). */
  public void put(String name, String value, String by) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM om_setting WHERE setting_name = ?");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO om_setting (setting_name, setting_value, updated_at, updated_by) VALUES (?, ?, ?,"
                      + " ?)")) {
        delete.setString(1, name);
        delete.executeUpdate();
        insert.setString(1, name);
        insert.setString(2, value);
        insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        insert.setString(4, by);
        insert.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("writing setting " + name + " failed: " + e.getMessage(), e);
    }
    cache.remove(name);
  }

  private Optional<String> read(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT setting_value FROM om_setting WHERE setting_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading setting " + name + " failed: " + e.getMessage(), e);
    }
  }
}
