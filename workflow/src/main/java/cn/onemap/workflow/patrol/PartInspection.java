package cn.onemap.workflow.patrol;

import java.time.Instant;
import java.util.Optional;

/**
 * One inspection of a city part, as a version of its feature holds it.
 *
 * @param result 完好, 破损, 丢失 or 占用 (the values of the part's 部件状态)
 */
public record PartInspection(
    Instant inspectedAt, String inspectedBy, String result, Optional<String> note) {}
