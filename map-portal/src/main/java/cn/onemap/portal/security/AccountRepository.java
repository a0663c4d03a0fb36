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

  /**
   * A stored API key with its secret's digest.
   *
   * @param expiresAt when the key stops working, if it expires
   * @param revokedAt when an administrator revoked it
   */
  public record StoredKey(
      Caller caller,
      String secretSha256,
      boolean enabled,
      Optional<Instant> expiresAt,
      Optional<Instant> revokedAt) {
    /** Whether the key works at this instant. */
    public boolean usableAt(Instant now) {
      return enabled && revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
  }

  /** An account as administrators see it (never its password hash). */
  public record UserView(
      String name,
      String displayName,
      String department,
      Set<Role> roles,
      boolean enabled,
      Instant createdAt) {}

  /** An API key as administrators see it (never its secret or digest). */
  public record KeyView(
      String id,
      String name,
      String department,
      Set<Role> roles,
      Set<String> layers,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      boolean active,
      Instant lastUsedAt) {}

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

  public List<UserView> listUsers() {
    return queryAll(
        "SELECT username, display_name, department, roles, enabled, created_at FROM om_user"
            + " ORDER BY username",
        ps -> {},
        rs ->
            new UserView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                roles(rs.getString(4)),
                rs.getBoolean(5),
                instant(rs, 6)));
  }

  /** Replaces a user's changeable fields; false when there is no such user. */
  public boolean updateUser(
      String username, String displayName, String department, Set<Role> roles, boolean enabled) {
    return update(
            "UPDATE om_user SET display_name = ?, department = ?, roles = ?, enabled = ?"
                + " WHERE username = ?",
            ps -> {
              ps.setString(1, displayName);
              ps.setString(2, department);
              ps.setString(3, join(roles));
              ps.setBoolean(4, enabled);
              ps.setString(5, username);
            })
        > 0;
  }

  public boolean updatePassword(String username, String passwordHash) {
    return update(
            "UPDATE om_user SET password_hash = ? WHERE username = ?",
            ps -> {
              ps.setString(1, passwordHash);
              ps.setString(2, username);
            })
        > 0;
  }

  public boolean deleteUser(String username) {
    return update("DELETE FROM om_user WHERE username = ?", ps -> ps.setString(1, username)) > 0;
  }

  /** How many enabled administrators there are (the last one may not be removed). */
  public long countEnabledAdmins() {
    return listUsers().stream().filter(u -> u.enabled() && u.roles().contains(Role.ADMIN)).count();
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
        "SELECT key_id, name, department, roles, secret_sha256, enabled, allowed_layers,"
            + " expires_at, revoked_at FROM om_api_key WHERE key_id = ?",
        ps -> ps.setString(1, keyId),
        rs ->
            new StoredKey(
                new Caller(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    roles(rs.getString(4)),
                    true,
                    layers(rs.getString(7))),
                rs.getString(5),
                rs.getBoolean(6),
                Optional.ofNullable(instant(rs, 8)),
                Optional.ofNullable(instant(rs, 9))));
  }

  public List<KeyView> listKeys(Instant now) {
    return queryAll(
        "SELECT key_id, name, department, roles, allowed_layers, created_at, expires_at,"
            + " revoked_at, enabled, last_used_at FROM om_api_key ORDER BY created_at, key_id",
        ps -> {},
        rs -> {
          Instant expires = instant(rs, 7);
          Instant revoked = instant(rs, 8);
          return new KeyView(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              roles(rs.getString(4)),
              layers(rs.getString(5)),
              instant(rs, 6),
              expires,
              revoked,
              rs.getBoolean(9) && revoked == null && (expires == null || now.isBefore(expires)),
              instant(rs, 10));
        });
  }

  /** Sets a key's expiry and layer list (empty: all its roles allow); false if no such key. */
  public boolean updateKey(String keyId, Optional<Instant> expiresAt, Set<String> layers) {
    return update(
            "UPDATE om_api_key SET expires_at = ?, allowed_layers = ? WHERE key_id = ?",
            ps -> {
              ps.setObject(1, expiresAt.map(AccountRepository::utc).orElse(null));
              ps.setString(
                  2, layers.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(layers)));
              ps.setString(3, keyId);
            })
        > 0;
  }

  /** Notes when a key was last used. */
  public void touchKey(String keyId, Instant at) {
    update(
        "UPDATE om_api_key SET last_used_at = ? WHERE key_id = ?",
        ps -> {
          ps.setObject(1, utc(at));
          ps.setString(2, keyId);
        });
  }

  /** Revokes a key for good; false if there is no such key or it was revoked already. */
  public boolean revokeKey(String keyId, Instant at) {
    return update(
            "UPDATE om_api_key SET revoked_at = ?, enabled = FALSE WHERE key_id = ?"
                + " AND revoked_at IS NULL",
            ps -> {
              ps.setObject(1, utc(at));
              ps.setString(2, keyId);
            })
        > 0;
  }

  public void insertKey(Caller key, String secretSha256, Optional<Instant> expiresAt) {
    update(
        "INSERT INTO om_api_key (key_id, secret_sha256, name, department, roles, enabled,"
            + " created_at, allowed_layers, expires_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?)",
        ps -> {
          ps.setString(1, key.name());
          ps.setString(2, secretSha256);
          ps.setString(3, key.displayName());
          ps.setString(4, key.department());
          ps.setString(5, join(key.roles()));
          ps.setObject(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
          ps.setString(
              7,
              key.layers().isEmpty()
                  ? null
                  : String.join(",", new java.util.TreeSet<>(key.layers())));
          ps.setObject(8, expiresAt.map(AccountRepository::utc).orElse(null));
        });
  }

  private static Set<Role> roles(String stored) {
    var roles = EnumSet.noneOf(Role.class);
    Arrays.stream(stored.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> roles.add(Role.valueOf(s.strip())));
    return roles;
  }

  private static Set<String> layers(String stored) {
    return stored == null || stored.isBlank()
        ? Set.of()
        : Arrays.stream(stored.split(",")).map(String::strip).collect(Collectors.toSet());
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
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

  private <T> List<T> queryAll(String sql, Binder binder, RowMapper<T> mapper) {
    var rows = new ArrayList<T>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("reading accounts failed: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
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
