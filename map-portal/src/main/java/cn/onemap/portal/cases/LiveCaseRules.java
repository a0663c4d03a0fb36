package cn.onemap.portal.cases;

import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.settings.CaseRules;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The case-clock rules in force on this node, as {@link cn.onemap.workflow.cases.StageClocks} reads
 * them when a stage starts. Built from the stored settings ({@link CaseSettingsRepository}); a save
 * on this node replaces them at once ({@link #reload}), a save on another node is seen within
 * {@link #CHECK_NANOS} (the settings version is read at most once a second, the rules only when it
 * moved). When the database cannot be read the last rules stay in force.
 */
@Component
class LiveCaseRules implements Supplier<CaseRules> {
  private static final Logger log = LoggerFactory.getLogger(LiveCaseRules.class);
  static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private record Snapshot(long version, CaseSettingsRepository.Stored stored, CaseRules rules) {}

  private final CaseSettingsRepository repository;
  private volatile Snapshot current;
  private volatile long checkedAt;

  LiveCaseRules(CaseSettingsRepository repository) {
    this.repository = repository;
    reload();
  }

  @Override
  public CaseRules get() {
    return snapshot().rules();
  }

  /** What is stored (rows as the admin keeps them), as of the rules in force. */
  CaseSettingsRepository.Stored stored() {
    return snapshot().stored();
  }

  private Snapshot snapshot() {
    long now = System.nanoTime();
    if (now - checkedAt >= CHECK_NANOS) {
      checkedAt = now;
      try {
        if (repository.version() != current.version()) {
          reload();
        }
      } catch (RuntimeException e) {
        log.warn("case settings not re-read, the last ones stay in force: {}", e.getMessage());
      }
    }
    return current;
  }

  /** Reads the stored rules now and puts them in force (one atomic replacement). */
  synchronized void reload() {
    CaseSettingsRepository.Stored s = repository.load();
    current = new Snapshot(s.version(), s, new CaseRules(s.calendar(), TimeLimits.of(s.limits())));
    checkedAt = System.nanoTime();
  }
}
