package cn.onemap.portal.security;

import cn.onemap.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Records that an API key was used: its {@code last_used_at} at most once a {@link #WRITE_EVERY}
 * per key and node (a tile client sends hundreds of requests a minute), and a {@code KEY_USED}
 * audit entry at most once an {@link #AUDIT_EVERY} per key and node.
 */
@Component
class KeyUse {
  static final Duration WRITE_EVERY = Duration.ofMinutes(1);
  static final Duration AUDIT_EVERY = Duration.ofHours(1);

  private final AccountRepository repository;
  private final AuditLog audit;
  private final Clock clock;
  private final ConcurrentHashMap<String, Instant> written = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Instant> audited = new ConcurrentHashMap<>();

  KeyUse(AccountRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  void used(Caller key, String method, String path, String remoteAddr) {
    Instant now = clock.instant();
    if (due(written, key.name(), now, WRITE_EVERY)) {
      repository.touchKey(key.name(), now);
    }
    if (due(audited, key.name(), now, AUDIT_EVERY)) {
      audit.record("key:" + key.name(), "KEY_USED", key.name(), method + " " + path, remoteAddr);
    }
  }

  private static boolean due(
      ConcurrentHashMap<String, Instant> last, String key, Instant now, Duration every) {
    boolean[] due = {false};
    last.compute(
        key,
        (k, before) -> {
          if (before == null || !before.plus(every).isAfter(now)) {
            due[0] = true;
            return now;
          }
          return before;
        });
    return due[0];
  }
}
