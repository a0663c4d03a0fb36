package cn.onemap.workflow.engine;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.form.FormSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;

/**
 * Checks that a process and its forms fit: every user task's formKey has a schema that compiles,
 * and every outcome a form offers leaves its task — when the task flows into an exclusive gateway
 * without a default flow, some condition of the gateway names the outcome ({@code 'x'}).
 */
final class ProcessForms {
  private static final String SHIPPED_FORMS = "workflow/process/forms/";

  private ProcessForms() {}

  static void check(BpmnModel model, Map<String, byte[]> forms) {
    List<String> problems = new ArrayList<>();
    for (var process : model.getProcesses()) {
      for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
        String key = task.getFormKey();
        if (key == null || key.isBlank()) {
          continue;
        }
        byte[] json = forms.get(key);
        if (json == null) {
          problems.add(task.getId() + ": formKey " + key + " has no schema forms/" + key + ".json");
          continue;
        }
        FormSchema form;
        try {
          form = FormSchema.compile(key, json);
        } catch (WorkflowException e) {
          problems.add(task.getId() + ": " + e.getMessage());
          continue;
        }
        List<String> conditions = gatewayConditions(process, task);
        if (conditions == null) {
          continue;
        }
        for (String outcome : form.outcomes()) {
          if (conditions.stream()
              .noneMatch(
                  c -> c.contains("'" + outcome + "'") || c.contains("\"" + outcome + "\""))) {
            problems.add(
                task.getId()
                    + ": outcome '"
                    + outcome
                    + "' of form "
                    + key
                    + " leaves the task by no flow");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new WorkflowException(
          "INVALID_PROCESS",
          "the process's forms do not fit: " + String.join("; ", problems),
          Map.of("errors", problems.size(), "messages", List.copyOf(problems)));
    }
  }

  /** The conditions of the gateway the task flows into, or null when any outcome leaves it. */
  private static List<String> gatewayConditions(
      org.flowable.bpmn.model.Process process, UserTask task) {
    if (task.getOutgoingFlows().size() != 1) {
      return null;
    }
    FlowElement next = process.getFlowElement(task.getOutgoingFlows().get(0).getTargetRef());
    if (!(next instanceof ExclusiveGateway gateway)
        || (gateway.getDefaultFlow() != null && !gateway.getDefaultFlow().isBlank())) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (SequenceFlow f : gateway.getOutgoingFlows()) {
      if (f.getConditionExpression() != null) {
        out.add(f.getConditionExpression());
      }
    }
    return out;
  }

  /** The shipped forms of the shipped process: {@code workflow/process/forms/<key>.json}. */
  static Map<String, byte[]> shipped(byte[] bpmn) {
    BpmnModel model =
        new BpmnXMLConverter()
            .convertToBpmnModel(
                new InputStreamSource(new ByteArrayInputStream(bpmn)), false, false);
    Map<String, byte[]> out = new LinkedHashMap<>();
    var keys = new TreeSet<String>();
    model
        .getProcesses()
        .forEach(
            p ->
                p.findFlowElementsOfType(UserTask.class)
                    .forEach(
                        t -> {
                          if (t.getFormKey() != null && !t.getFormKey().isBlank()) {
                            keys.add(t.getFormKey());
                          }
                        }));
    for (String key : keys) {
      try (InputStream in =
          ProcessForms.class.getClassLoader().getResourceAsStream(SHIPPED_FORMS + key + ".json")) {
        if (in != null) {
          out.put(key, in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
