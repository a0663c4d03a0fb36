package cn.onemap.workflow.cases;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a case.
 *
 * @param key the process step, e.g. {@code dispatch}
 * @param title its Chinese name, e.g. 待派遣
 * @param actions what may be done with it ({@link TaskAction#outcome()} values)
 */
public record TaskView(
    String id, String key, String title, String caseNo, Instant createdAt, List<String> actions) {}
