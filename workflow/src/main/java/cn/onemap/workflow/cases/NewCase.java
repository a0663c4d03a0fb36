package cn.onemap.workflow.cases;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.category.Urgency;
import java.util.Map;
import java.util.Optional;

/**
 * A case as a grid manager reports it.
 *
 * @param category the 案件小类 (code list cityman_case_category), e.g. 暴露垃圾
 * @param mainClass 部件 or 事件 (code list cityman_case_class)
 * @param lon CGCS2000 longitude of the problem
 * @param idempotencyKey the client's key for this report: resending it (an offline phone coming
 *     back online) returns the first report's case instead of a second one
 */
public record NewCase(
    String category,
    String mainClass,
    String description,
    double lon,
    double lat,
    Urgency urgency,
    Optional<String> source,
    Optional<String> idempotencyKey) {

  public static final int MAX_DESCRIPTION = 2000;

  public NewCase {
    if (description == null || description.isBlank()) {
      throw new WorkflowException("INVALID_CASE", "a case needs a description", Map.of());
    }
    description = description.strip();
    if (description.length() > MAX_DESCRIPTION) {
      throw new WorkflowException(
          "INVALID_CASE",
          "a description has at most " + MAX_DESCRIPTION + " characters",
          Map.of("length", description.length()));
    }
    if (!(Double.isFinite(lon) && Double.isFinite(lat))) {
      throw new WorkflowException("OUTSIDE_CITY", "the position is not a number", Map.of());
    }
    mainClass = mainClass == null || mainClass.isBlank() ? "事件" : mainClass.strip();
    urgency = urgency == null ? Urgency.NORMAL : urgency;
    idempotencyKey = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
    if (idempotencyKey.isPresent() && idempotencyKey.get().length() > 100) {
      throw new WorkflowException(
          "INVALID_CASE", "an idempotency key has at most 100 characters", Map.of());
    }
  }
}
