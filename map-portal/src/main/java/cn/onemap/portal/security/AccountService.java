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

  AccountService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public Caller createUser(
      String username, String password, String displayName, String department, Set<Role> roles) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "user name must be 3-64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_PASSWORD + " characters");
    }
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

  /**
   * Checks a password; empty for unknown users, wrong passwords and disabled accounts alike.
   *
   * <p>HTTP Basic sends the password with every request (a WMS client asks for many maps a second),
   * and a BCrypt check costs tens of milliseconds by design: successful checks are remembered for a
   * few minutes under a SHA-256 digest of name and password (never the password itself).
   */
  public Optional<Caller> authenticate(String username, String password) {
    String key = sha256(username + "\u0000" + password);
    VerifiedLogin cached = verified.get(key);
    long now = System.nanoTime();
    if (cached != null && now - cached.at() < VERIFIED_TTL_NANOS) {
      return Optional.of(cached.caller());
    }
    Optional<Caller> caller = check(username, password);
    if (caller.isPresent()) {
      if (verified.size() > 10_000) {
        verified.clear(); // bounded: a flood of distinct logins cannot grow it without limit
      }
      verified.put(key, new VerifiedLogin(caller.get(), now));
    }
    return caller;
  }

  private record VerifiedLogin(Caller caller, long at) {}

  private static final long VERIFIED_TTL_NANOS = 5L * 60 * 1_000_000_000L;
  private final java.util.Map<String, VerifiedLogin> verified =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Optional<Caller> check(String username, String password) {
    Optional<AccountRepository.StoredUser> user = accounts.findUser(username);
    if (user.isEmpty()) {
      passwords.matches(password, dummyHash); // same cost as a real check: no user enumeration
      return Optional.empty();
    }
    boolean ok = passwords.matches(password, user.get().passwordHash()) && user.get().enabled();
    return ok ? Optional.of(user.get().caller()) : Optional.empty();
  }

  /** A new key: the returned token is shown once; only its digest is kept. */
  public String createApiKey(String name, String department, Set<Role> roles) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("an API key needs a name of 1-100 characters");
    }
    String id = randomString(12).toLowerCase().replaceAll("[^a-z0-9]", "x");
    String secret = randomString(40);
    accounts.insertKey(
        new Caller(id, name, department == null ? "" : department, withViewer(roles), true),
        sha256(secret));
    return "om_" + id + "_" + secret;
  }

  public Optional<Caller> authenticateKey(String token) {
    var m = API_KEY.matcher(token == null ? "" : token.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return accounts
        .findKey(m.group(1))
        .filter(AccountRepository.StoredKey::enabled)
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

  private static Set<Role> withViewer(Set<Role> roles) {
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
