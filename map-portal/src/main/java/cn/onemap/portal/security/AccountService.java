package cn.onemap.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and checks accounts and API keys. */
@Service
public class AccountService {
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,63}");
  private static final int MIN_PASSWORD = 10;

  /** API keys read {@code om_<id>_<secret>}; only the secret's digest is stored. */
  private static final Pattern API_KEY = Pattern.compile("om_([a-z0-9]{12})_([A-Za-z0-9]{40})");

  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final AccountRepository accounts;
  private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
  private final SecureRandom random = new SecureRandom();

  /** Checked against when the user does not exist, so both paths cost one BCrypt comparison. */
  private final String dummyHash = passwords.encode("not-a-password");

  private final java.time.Clock clock;

  AccountService(AccountRepository accounts, java.time.Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  public Caller createUser(
      String username, String password, String displayName, String department, Set<Role> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name must be 3-64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    checkPassword(password);
    Caller user =
        new Caller(
            username,
            displayName == null || displayName.isBlank() ? username : displayName,
            department == null ? "" : department,
            withViewer(roles),
            false);
    accounts.insertUser(user, passwords.encode(password));
    return user;
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_PASSWORD + " characters");
    }
  }

  /** Sets a new password; false if there is no such user. */
  public boolean changePassword(String username, String password) {
    checkPassword(password);
    return accounts.updatePassword(username, passwords.encode(password));
  }

  /**
   * Checks a password; empty for unknown users, wrong passwords and disabled accounts alike.
   *
   * <p>HTTP Basic sends the password with every request (a WMS client asks for many maps a second),
   * and a BCrypt check costs tens of milliseconds by design: successful checks are remembered for a
   * few minutes under a SHA-256 digest of name and password (never the password itself). A
   * remembered check is still validated against the account's current row (one primary-key read):
   * an account disabled, deleted or given a new password on any node stops working at once, and
   * changed roles apply at once.
   */
  public Optional<Caller> authenticate(String username, String password) {
    String key = sha256(username + "\u0000" + password);
    VerifiedLogin cached = verified.get(key);
    long now = System.nanoTime();
    if (cached != null && now - cached.at() < VERIFIED_TTL_NANOS) {
      Optional<AccountRepository.StoredUser> current =
          accounts
              .findUser(username)
              .filter(AccountRepository.StoredUser::enabled)
              .filter(u -> u.passwordHash().equals(cached.passwordHash()));
      if (current.isPresent()) {
        return Optional.of(current.get().caller());
      }
      verified.remove(key);
    }
    Optional<AccountRepository.StoredUser> user = check(username, password);
    if (user.isPresent()) {
      if (verified.size() > 10_000) {
        verified.clear(); // bounded: a flood of distinct logins cannot grow it without limit
      }
      verified.put(key, new VerifiedLogin(user.get().passwordHash(), now));
    }
    return user.map(AccountRepository.StoredUser::caller);
  }

  /** The account's current state, for callers that authenticated earlier (a session). */
  public Optional<Caller> currentUser(String username) {
    return accounts
        .findUser(username)
        .filter(AccountRepository.StoredUser::enabled)
        .map(AccountRepository.StoredUser::caller);
  }

  private record VerifiedLogin(String passwordHash, long at) {}

  private static final long VERIFIED_TTL_NANOS = 5L * 60 * 1_000_000_000L;
  private final java.util.Map<String, VerifiedLogin> verified =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Optional<AccountRepository.StoredUser> check(String username, String password) {
    Optional<AccountRepository.StoredUser> user = accounts.findUser(username);
    if (user.isEmpty()) {
      passwords.matches(password, dummyHash); // same cost as a real check: no user enumeration
      return Optional.empty();
    }
    boolean ok = passwords.matches(password, user.get().passwordHash()) && user.get().enabled();
    return ok ? user : Optional.empty();
  }

  /** A new key: the returned token is shown once; only its digest is kept. */
  public String createApiKey(String name, String department, Set<Role> roles) {
    return createApiKey(name, department, roles, Set.of(), Optional.empty()).token();
  }

  /** A new key as shown once: its id and the token. */
  public record NewApiKey(String id, String token) {}

  /**
   * A new key, optionally limited to some layers and with an expiry.
   *
   * @param layers the only layers the key may read; empty: every layer its roles allow
   */
  public NewApiKey createApiKey(
      String name,
      String department,
      Set<Role> roles,
      Set<String> layers,
      Optional<java.time.Instant> expiresAt) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("an API key needs a name of 1-100 characters");
    }
    checkExpiry(expiresAt);
    String id = randomString(12).toLowerCase().replaceAll("[^a-z0-9]", "x");
    String secret = randomString(40);
    accounts.insertKey(
        new Caller(id, name, department == null ? "" : department, withViewer(roles), true, layers),
        sha256(secret),
        expiresAt);
    return new NewApiKey(id, "om_" + id + "_" + secret);
  }

  void checkExpiry(Optional<java.time.Instant> expiresAt) {
    if (expiresAt.filter(e -> !e.isAfter(clock.instant())).isPresent()) {
      throw new IllegalArgumentException("expiresAt must lie in the future");
    }
  }

  public Optional<Caller> authenticateKey(String token) {
    var m = API_KEY.matcher(token == null ? "" : token.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return accounts
        .findKey(m.group(1))
        .filter(k -> k.usableAt(clock.instant()))
        .filter(
            k ->
                MessageDigest.isEqual(
                    k.secretSha256().getBytes(StandardCharsets.US_ASCII),
                    sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII)))
        .map(AccountRepository.StoredKey::caller);
  }

  String randomPassword() {
    return randomString(20);
  }

  private String randomString(int length) {
    var sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  static Set<Role> withViewer(Set<Role> roles) {
    var all = java.util.EnumSet.of(Role.VIEWER);
    all.addAll(roles);
    return all;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
