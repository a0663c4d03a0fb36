package cn.onemap.portal.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was checked: the account is locked (until an administrator
 * unlocks it), or the account or client address must wait after failures ({@link #retryAfter}).
 */
public class LoginRefusedException extends AuthenticationException {
  private final Optional<Duration> retryAfter;

  private LoginRefusedException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  static LoginRefusedException locked() {
    return new LoginRefusedException(
        "账号因多次登录失败已锁定，请联系管理员解锁 (account locked after repeated failed sign-ins)", Optional.empty());
  }

  static LoginRefusedException throttled(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new LoginRefusedException(
        "登录失败次数过多，请 " + seconds + " 秒后再试 (too many failed sign-ins; retry later)",
        Optional.of(wait));
  }

  /** Empty when the account is locked; otherwise how long to wait. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** Whole seconds for the {@code Retry-After} header (at least 1). */
  public long retryAfterSeconds() {
    return retryAfter.map(d -> Math.max(1, (d.toMillis() + 999) / 1000)).orElse(0L);
  }

  /** Stable error code: {@code ACCOUNT_LOCKED} or {@code LOGIN_THROTTLED}. */
  public String code() {
    return retryAfter.isEmpty() ? "ACCOUNT_LOCKED" : "LOGIN_THROTTLED";
  }
}
