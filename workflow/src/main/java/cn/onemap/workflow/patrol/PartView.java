package cn.onemap.workflow.patrol;

import java.util.List;
import java.util.Optional;

/**
 * A city part of a grid as the inspection list shows it: names next to the codes, its state and its
 * last inspection (empty: never inspected); {@code history} every inspection, newest first, when
 * asked for.
 */
public record PartView(
    String objId,
    String name,
    String minorCode,
    String minorName,
    String deptName,
    String state,
    double lon,
    double lat,
    Optional<PartInspection> lastInspection,
    List<PartInspection> history) {}
