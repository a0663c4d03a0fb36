package cn.onemap.workflow.cases;

import cn.onemap.workflow.WorkflowException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each step of the case process allows, what an action needs, and the process variables it
 * sets (the BPMN's gateways read {@code outcome}; 派遣 sets {@code department}).
 */
public final class CaseActions {
  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "register", List.of("register", "reject", "merge"),
          "approveRegister", List.of("approve", "back"),
          "dispatch", List.of("dispatch"),
          "handle", List.of("done", "return", "extend", "suspend"),
          "approveExtension", List.of("approve", "deny"),
          "approveSuspension", List.of("approve", "deny"),
          "suspended", List.of("resume"),
          "verify", List.of("pass", "fail"),
          "close", List.of("close"));

  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("register", "立案"),
          Map.entry("reject", "不予立案"),
          Map.entry("merge", "合并"),
          Map.entry("approve", "同意"),
          Map.entry("back", "退回"),
          Map.entry("dispatch", "派遣"),
          Map.entry("done", "处置完毕"),
          Map.entry("return", "回退"),
          Map.entry("extend", "申请延期"),
          Map.entry("suspend", "申请挂账"),
          Map.entry("deny", "不同意"),
          Map.entry("resume", "恢复处置"),
          Map.entry("pass", "核查通过"),
          Map.entry("fail", "核查不通过（返工）"),
          Map.entry("close", "结案"));

  private CaseActions() {}

  public static List<String> allowed(String taskKey) {
    return ALLOWED.getOrDefault(taskKey, List.of());
  }

  /** The Chinese name of an action. */
  public static String title(String outcome) {
    return TITLES.getOrDefault(outcome, outcome);
  }

  /** The process variables of {@code action} on a task of {@code taskKey}, checked. */
  static Map<String, Object> variables(String taskKey, TaskAction action) {
    if (!allowed(taskKey).contains(action.outcome())) {
      throw new WorkflowException(
          "INVALID_OUTCOME",
          "step " + taskKey + " allows " + allowed(taskKey) + ", not '" + action.outcome() + "'",
          Map.of("allowed", allowed(taskKey)));
    }
    Map<String, Object> out = new HashMap<>();
    out.put("outcome", action.outcome());
    switch (action.outcome()) {
      case "reject", "return", "suspend", "fail", "back" -> requireNote(action);
      case "dispatch" -> {
        String d =
            action
                .department()
                .filter(s -> s.matches("[A-Za-z0-9_]{1,40}"))
                .orElseThrow(
                    () ->
                        new WorkflowException(
                            "INVALID_OUTCOME",
                            "dispatch needs the code of a department (letters, digits, _)",
                            Map.of()));
        out.put("department", d);
      }
      case "extend" -> {
        int hours = action.extensionHours().orElse(0);
        if (hours < 1 || hours > 240) {
          throw new WorkflowException(
              "INVALID_OUTCOME",
              "an extension asks for 1 to 240 working hours, not " + hours,
              Map.of("extensionHours", hours));
        }
        requireNote(action);
        out.put("extensionHours", hours);
      }
      default -> {}
    }
    return out;
  }

  private static void requireNote(TaskAction action) {
    if (action.note().isEmpty()) {
      throw new WorkflowException(
          "INVALID_OUTCOME", "'" + action.outcome() + "' needs a reason (note)", Map.of());
    }
  }
}
