package cn.onemap.workflow.patrol;

import cn.onemap.core.feature.Feature;
import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * A stored patrol: one feature of layer {@value PatrolDesk#LAYER}.
 *
 * @param track the cleaned track, CGCS2000
 * @param coverage the share of its grid this patrol alone covered, 0–1
 * @param dropped fixes the cleaning dropped
 * @param created false when the upload was a resend of a stored patrol
 */
public record Patrol(
    String id,
    String user,
    String grid,
    Instant startedAt,
    Instant endedAt,
    double lengthMetres,
    int points,
    int dropped,
    double coverage,
    Geometry track,
    boolean created) {

  static Patrol of(Feature f, boolean created) {
    return new Patrol(
        f.id(),
        (String) f.attribute("patroller"),
        (String) f.attribute("bgid"),
        (Instant) f.attribute("started_at"),
        (Instant) f.attribute("ended_at"),
        ((Number) f.attribute("length_m")).doubleValue(),
        ((Number) f.attribute("point_count")).intValue(),
        f.attribute("dropped_count") == null
            ? 0
            : ((Number) f.attribute("dropped_count")).intValue(),
        ((Number) f.attribute("coverage")).doubleValue(),
        f.geometry().orElseThrow(),
        created);
  }
}
