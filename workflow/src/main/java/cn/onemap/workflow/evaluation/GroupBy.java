package cn.onemap.workflow.evaluation;

import cn.onemap.workflow.WorkflowException;
import java.util.Locale;
import java.util.Map;

/** What the rows of an evaluation are: one per 处置部门, unit grid (bgid) or case category. */
public enum GroupBy {
  /** The department the case was (last) dispatched to; empty key: not dispatched (yet). */
  DEPARTMENT("department"),
  /** The unit grid (bgid) the case was filed with. */
  GRID("grid"),
  /** The case category (案件小类) it was reported as. */
  CATEGORY("category");

  private final String variable;

  GroupBy(String variable) {
    this.variable = variable;
  }

  /** The process variable of the case process that holds the group's key. */
  public String variable() {
    return variable;
  }

  /** {@code department}, {@code grid} or {@code category} (any case); else INVALID_EVALUATION. */
  public static GroupBy parse(String text) {
    if (text != null) {
      for (GroupBy g : values()) {
        if (g.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
          return g;
        }
      }
    }
    throw new WorkflowException(
        "INVALID_EVALUATION",
        "by must be department, grid or category, not '" + text + "'",
        Map.of("by", String.valueOf(text)));
  }
}
