package cn.onemap.workflow.cases;

import cn.onemap.core.feature.Feature;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * A case: its current attributes and position, its versions (the timeline: who, when, why, which
 * state) and its open task.
 */
public record CaseView(
    String caseNo,
    double lon,
    double lat,
    Map<String, Object> attributes,
    List<Step> history,
    Optional<TaskView> task) {

  /** One version of the case. */
  public record Step(int version, Instant at, String by, String reason, String status) {}

  static CaseView of(Feature f, List<Feature> versions, Optional<TaskView> task) {
    Point p = (Point) f.geometry().orElseThrow();
    return new CaseView(
        f.id(),
        p.getX(),
        p.getY(),
        f.attributes(),
        versions.stream()
            .map(
                v ->
                    new Step(
                        v.version().number(),
                        v.version().validFrom(),
                        v.version().author(),
                        v.version().reason().orElse(""),
                        String.valueOf(v.attribute("status"))))
            .toList(),
        task);
  }
}
