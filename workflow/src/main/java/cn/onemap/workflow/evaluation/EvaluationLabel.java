package cn.onemap.workflow.evaluation;

/** Labels of the rows that are not a named group (Chinese names in {@code names.properties}). */
public enum EvaluationLabel {
  /** The city-wide total row. */
  TOTAL,
  /** By department: the cases not dispatched (yet). */
  UNASSIGNED
}
