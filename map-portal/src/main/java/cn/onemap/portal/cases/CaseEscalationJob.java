package cn.onemap.portal.cases;

import cn.onemap.portal.audit.AuditLog;
import cn.onemap.workflow.cases.OverdueEscalator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 超时升级 on every node, every {@code onemap.cases.escalation-interval} (default a minute): the {@link
 * OverdueEscalator} marks the cases past their stage's deadline (level 1) or past twice the limit
 * (level 2), which 值班长 and 领导 see in the case list and views; each mark is audited as {@code
 * CASE_ESCALATED}. Several nodes running it at once mark each case once (conditional updates).
 */
@Component
public class CaseEscalationJob {
  private static final Logger log = LoggerFactory.getLogger(CaseEscalationJob.class);

  private final OverdueEscalator escalator;
  private final AuditLog audit;

  CaseEscalationJob(OverdueEscalator escalator, AuditLog audit) {
    this.escalator = escalator;
    this.audit = audit;
  }

  @Scheduled(
      fixedDelayString = "${onemap.cases.escalation-interval:PT1M}",
      initialDelayString = "${onemap.cases.escalation-interval:PT1M}")
  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      log.warn("overdue escalation failed, next round retries: {}", e.toString());
    }
  }

  /** One round; the cases it marked (or cleared: level 0). */
  public List<OverdueEscalator.Escalation> run() {
    List<OverdueEscalator.Escalation> done = escalator.run();
    for (OverdueEscalator.Escalation e : done) {
      audit.record(
          OverdueEscalator.AUTHOR,
          e.level() > 0 ? "CASE_ESCALATED" : "CASE_ESCALATION_CLEARED",
          e.caseNo(),
          e.level() > 0 ? "level " + e.level() + " at " + e.taskKey() : "cleared " + e.taskId(),
          null);
    }
    return done;
  }
}
