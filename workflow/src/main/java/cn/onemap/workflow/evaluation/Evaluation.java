package cn.onemap.workflow.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * An evaluation: its period and grouping, one row per group that has cases (most cases first), the
 * city-wide total, and the instant open cases were judged overdue at.
 */
public record Evaluation(
    EvaluationPeriod period,
    GroupBy by,
    Instant asOf,
    List<EvaluationRow> rows,
    EvaluationRow total) {
  public Evaluation {
    rows = List.copyOf(rows);
  }
}
