package cn.onemap.portal.security;

import cn.onemap.core.store.JdbcFeatureStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.stereotype.Repository;

/** Accounts and API keys in the portal tables (om_user, om_api_key); plain parameterized JDBC. */
@Repository
public class AccountRepository {

  /** A stored user with its password hash. */
  public record StoredUser(Caller caller, String passwordHash, boolean enabled) {}

  /** A stored API key with its secret's digest. */
  public record StoredKey(Caller caller, String secretSha256, boolean enabled) {}

  private final DataSource dataSource;

  AccountRepository(JdbcFeatureStore store) {
    this.dataSource = store.dataSource();
  }

  public long countUsers() {
    return query("SELECT COUNT(*) FROM om_user", ps -> {}, rs -> rs.getLong(1)).orElse(0L);
  }

  public Optional<StoredUser> findUser(String username) {
    return query(
        "SELECT username, display_name, department, roles, password_hash, enabled FROM om_user"
            + " WHERE username = ?",
        ps -> ps.setString(1, username),
        rs ->
            new StoredUser(
                new Caller(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    roles(rs.getString(4)),
                    false),
                rs.getString(5),
                rs.getBoolean(6)));
  }

  public List<Caller> listUsers() {
    var users = new ArrayList<Caller>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT username, display_name, department, roles FROM om_user ORDER BY username");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        users.add(
            new Caller(
                rs.getString(1), rs.getString(2), rs.getString(3), roles(rs.getString(4)), false));
      }
      return users;
    } catch (SQLException e) {
      throw new IllegalStateException("reading accounts failed: " + e.getMessage(), e);
    }
  }

  public void insertUser(Caller user, String passwordHash) {
    update(
        "INSERT INTO om_user (username, password_hash, display_name, department, roles, enabled,"
            + " created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)",
        ps -> {
          ps.setString(1, user.name());
          ps.setString(2, passwordHash);
          ps.setString(3, user.displayName());
          ps.setString(4, user.department());
          ps.setString(5, join(user.roles()));
          ps.setObject(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        });
  }

  public Optional<StoredKey> findKey(String keyId) {
    return query(
        "SELECT key_id, name, department, roles, secret_sha256, enabled FROM om_api_key"
            + " WHERE key_id = ?",
        ps -> ps.setString(1, keyId),
        rs ->
            new StoredKey(
                new Caller(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    roles(rs.getString(4)),
                    true),
                rs.getString(5),
                rs.getBoolean(6)));
  }

  public void insertKey(Caller key, String secretSha256) {
    update(
        "INSERT INTO om_api_key (key_id, secret_sha256, name, department, roles, enabled,"
            + " created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)",
        ps -> {
          ps.setString(1, key.name());
          ps.setString(2, secretSha256);
          ps.setString(3, key.displayName());
          ps.setString(4, key.department());
          ps.setString(5, join(key.roles()));
          ps.setObject(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        });
  }

  private static Set<Role> roles(String stored) {
    var roles = EnumSet.noneOf(Role.class);
    Arrays.stream(stored.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> roles.add(Role.valueOf(s.strip())));
    return roles;
  }

  private static String join(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading accounts failed: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new AccountExistsException(e.getMessage());
      }
      throw new IllegalStateException("writing accounts failed: " + e.getMessage(), e);
    }
  }

  /** A user name or key id that is taken. */
  public static class AccountExistsException extends RuntimeException {
    AccountExistsException(String message) {
      super(message);
    }
  }
}
