package cn.onemap.workflow.cases;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a case.
 *
 * @param key the process step, e.g. {@code dispatch}
 * @param title its Chinese name, e.g. 待派遣
 * @param actions what may be done with it ({@link TaskAction#outcome()} values)
 * @param dueAt when the stage's working-time limit runs out; empty while the case is suspended
 * @param remainingSeconds working time left until then, negative when overdue
 */
public record TaskView(
    String id,
    String key,
    String title,
    String caseNo,
    Instant createdAt,
    List<String> actions,
    java.util.Optional<Instant> dueAt,
    java.util.Optional<Long> remainingSeconds,
    boolean overdue) {}
