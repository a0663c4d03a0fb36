package cn.onemap.workflow.cases;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.form.FormError;
import cn.onemap.workflow.form.FormSchema;
import cn.onemap.workflow.form.TaskForms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.task.api.TaskInfo;

/**
 * A completion checked against its task's form: the body (the action's fields and the extra fields
 * a customised form declares) must validate, else INVALID_FORM with the JSON pointers and messages.
 * Extra declared fields become process variables {@code form_<name>} (a customised process's
 * gateways read them) and a bounded line of the case's history.
 */
final class CaseForms {
  /** The fields of {@link TaskAction}; others are a form's own. */
  static final Set<String> KNOWN =
      Set.of("outcome", "note", "department", "extensionHours", "mergeInto");

  static final String PREFIX = "form_";
  static final int MAX_EXTRA_FIELDS = 20;
  static final int MAX_TEXT = 2000;
  private static final int SUMMARY_VALUE = 100;

  /**
   * What the form adds to a completion.
   *
   * @param variables the {@code form_} process variables
   * @param summary "；标题：值" per field, for the history's reason ("" when none)
   */
  record Filled(Map<String, Object> variables, String summary) {}

  private final TaskForms forms;

  CaseForms(TaskForms forms) {
    this.forms = forms;
  }

  Optional<FormSchema> of(TaskInfo task) {
    return forms.of(task);
  }

  /** Validates the completion of {@code task}; nothing is changed when it is refused. */
  Filled check(TaskInfo task, TaskAction action, Map<String, Object> extra) {
    Map<String, Object> own = extras(extra);
    Optional<FormSchema> form = forms.of(task);
    if (form.isEmpty()) {
      return new Filled(Map.of(), "");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", action.outcome());
    action.note().ifPresent(n -> body.put("note", n));
    action.department().ifPresent(d -> body.put("department", d));
    action.extensionHours().ifPresent(h -> body.put("extensionHours", h));
    action.mergeInto().ifPresent(m -> body.put("mergeInto", m));
    body.putAll(own);
    List<FormError> errors = form.get().validate(body);
    if (!errors.isEmpty()) {
      throw new WorkflowException(
          "INVALID_FORM",
          "the form of step "
              + task.getTaskDefinitionKey()
              + " is not filled right: "
              + String.join(
                  "; ",
                  errors.stream()
                      .map(e -> (e.pointer().isEmpty() ? "/" : e.pointer()) + " " + e.message())
                      .toList()),
          Map.of(
              "errors",
              errors.stream()
                  .limit(50)
                  .map(e -> Map.of("pointer", e.pointer(), "message", e.message()))
                  .toList()));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (String field : form.get().fields()) {
      if (KNOWN.contains(field) || !own.containsKey(field)) {
        continue;
      }
      Object value = own.get(field);
      variables.put(PREFIX + field, value);
      String text = String.valueOf(value);
      summary
          .append("；")
          .append(form.get().title(field).orElse(field))
          .append("：")
          .append(text.length() > SUMMARY_VALUE ? text.substring(0, SUMMARY_VALUE) + "…" : text);
    }
    return new Filled(variables, summary.toString());
  }

  /** The extra fields of a body: bounded in number and size, scalar values only. */
  private static Map<String, Object> extras(Map<String, Object> extra) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : extra.entrySet()) {
      if (KNOWN.contains(e.getKey()) || e.getValue() == null) {
        continue;
      }
      if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_]{0,40}")) {
        throw refused("/" + e.getKey(), "a form field is named with letters, digits and _");
      }
      Object v = e.getValue();
      if (v instanceof String s) {
        v = s.strip();
        if (s.length() > MAX_TEXT) {
          throw refused("/" + e.getKey(), "at most " + MAX_TEXT + " characters");
        }
      } else if (!(v instanceof Number || v instanceof Boolean)) {
        throw refused("/" + e.getKey(), "a form field holds text, a number or true/false");
      }
      out.put(e.getKey(), v);
    }
    if (out.size() > MAX_EXTRA_FIELDS) {
      throw refused("", "at most " + MAX_EXTRA_FIELDS + " fields beyond the action's");
    }
    return out;
  }

  private static WorkflowException refused(String pointer, String message) {
    return new WorkflowException(
        "INVALID_FORM",
        pointer + " " + message,
        Map.of("errors", List.of(Map.of("pointer", pointer, "message", message))));
  }
}
