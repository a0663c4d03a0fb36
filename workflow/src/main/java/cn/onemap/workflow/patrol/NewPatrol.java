package cn.onemap.workflow.patrol;

import cn.onemap.workflow.WorkflowException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patrol as the phone uploads it.
 *
 * @param patrolId the phone's own id of the patrol (8–64 letters, digits, '-' or '_'): resending
 *     the same id returns the patrol stored the first time
 * @param grid the unit grid patrolled; may be empty when the grid manager has only one
 * @param points the GPS fixes, in time order
 */
public record NewPatrol(String patrolId, Optional<String> grid, List<TrackPoint> points) {
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

  public NewPatrol {
    if (patrolId == null || !ID.matcher(patrolId).matches()) {
      throw new WorkflowException(
          "INVALID_PATROL_ID",
          "a patrol id is 8–64 letters, digits, '-' or '_', not '" + patrolId + "'",
          Map.of("patrolId", String.valueOf(patrolId)));
    }
    grid = grid.map(String::strip).filter(g -> !g.isEmpty());
    points = points == null ? List.of() : List.copyOf(points);
  }
}
