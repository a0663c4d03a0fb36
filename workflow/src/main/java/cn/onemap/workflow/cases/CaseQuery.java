package cn.onemap.workflow.cases;

import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A filter of the case list: status (Chinese stage name), category, unit grid, box, only those past
 * their stage's deadline; a limit.
 */
public record CaseQuery(
    Optional<String> status,
    Optional<String> category,
    Optional<String> grid,
    Optional<Envelope> bbox,
    boolean overdue,
    int limit) {
  public static final int MAX_LIMIT = 1000;

  public CaseQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new cn.onemap.workflow.WorkflowException(
          "INVALID_QUERY",
          "limit must be 1 to " + MAX_LIMIT + ", was " + limit,
          java.util.Map.of("limit", limit));
    }
  }
}
