package cn.onemap.workflow.cases;

import java.util.Optional;

/**
 * What a caller does with a task.
 *
 * @param outcome one of the task's actions ({@link CaseActions#allowed})
 * @param note the reason or remark (required to reject, return, suspend or fail)
 * @param department the department code to dispatch to (派遣)
 * @param extensionHours working hours asked for (延期)
 * @param mergeInto the case a duplicate is merged into (合并)
 */
public record TaskAction(
    String outcome,
    Optional<String> note,
    Optional<String> department,
    Optional<Integer> extensionHours,
    Optional<String> mergeInto) {
  public TaskAction {
    outcome = outcome == null ? "" : outcome.strip();
    note = note.map(String::strip).filter(n -> !n.isEmpty());
    department = department.map(String::strip).filter(d -> !d.isEmpty());
    mergeInto = mergeInto.map(String::strip).filter(d -> !d.isEmpty());
  }

  public static TaskAction of(String outcome) {
    return new TaskAction(
        outcome, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
