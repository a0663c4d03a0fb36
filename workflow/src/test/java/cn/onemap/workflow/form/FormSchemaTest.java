package cn.onemap.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.WorkflowException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped forms on the real validator (networknt, on the reactor's Jackson): each step's
 * actions, and each conditional requirement — a reason to reject, return, suspend, fail or send
 * back, a department to dispatch, 1–240 hours to extend, a case to merge into.
 */
class FormSchemaTest {
  static FormSchema shipped(String key) throws IOException {
    try (InputStream in =
        FormSchemaTest.class
            .getClassLoader()
            .getResourceAsStream("workflow/process/forms/" + key + ".json")) {
      return FormSchema.compile(key, in.readAllBytes());
    }
  }

  private static List<String> pointers(List<FormError> errors) {
    return errors.stream().map(FormError::pointer).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "register, reject",
    "approveRegister, back",
    "handle, return",
    "handle, suspend",
    "handle, extend",
    "verify, fail"
  })
  void aReasonIsRequired(String form, String outcome) throws IOException {
    FormSchema schema = shipped(form);
    Map<String, Object> withHours =
        "extend".equals(outcome) ? Map.of("extensionHours", 8) : Map.of();
    var body = new java.util.HashMap<String, Object>(withHours);
    body.put("outcome", outcome);
    List<FormError> errors = schema.validate(body);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).contains("note");
    body.put("note", "理由");
    assertThat(schema.validate(body)).isEmpty();
  }

  @Test
  void otherActionsNeedNoReason() throws IOException {
    assertThat(shipped("register").validate(Map.of("outcome", "register"))).isEmpty();
    assertThat(shipped("handle").validate(Map.of("outcome", "done"))).isEmpty();
    assertThat(shipped("verify").validate(Map.of("outcome", "pass"))).isEmpty();
  }

  @Test
  void dispatchNeedsADepartmentCode() throws IOException {
    FormSchema dispatch = shipped("dispatch");
    assertThat(dispatch.validate(Map.of("outcome", "dispatch"))).hasSize(1);
    assertThat(pointers(dispatch.validate(Map.of("outcome", "dispatch", "department", "水务 局"))))
        .containsExactly("/department");
    assertThat(dispatch.validate(Map.of("outcome", "dispatch", "department", "SZJ"))).isEmpty();
  }

  @Test
  void anExtensionAsksFor1To240Hours() throws IOException {
    FormSchema handle = shipped("handle");
    assertThat(handle.validate(Map.of("outcome", "extend", "note", "雨天"))).hasSize(1);
    assertThat(
            pointers(
                handle.validate(Map.of("outcome", "extend", "note", "雨天", "extensionHours", 0))))
        .containsExactly("/extensionHours");
    assertThat(
            pointers(
                handle.validate(Map.of("outcome", "extend", "note", "雨天", "extensionHours", 241))))
        .containsExactly("/extensionHours");
    assertThat(handle.validate(Map.of("outcome", "extend", "note", "雨天", "extensionHours", 240)))
        .isEmpty();
  }

  @Test
  void mergeNeedsTheOtherCase() throws IOException {
    FormSchema register = shipped("register");
    assertThat(register.validate(Map.of("outcome", "merge"))).hasSize(1);
    assertThat(register.validate(Map.of("outcome", "merge", "mergeInto", "CG1"))).isEmpty();
  }

  @Test
  void anOutcomeOfAnotherStepIsRefusedAtItsPointer() throws IOException {
    FormSchema verify = shipped("verify");
    assertThat(pointers(verify.validate(Map.of("outcome", "dispatch"))))
        .containsExactly("/outcome");
    assertThat(pointers(verify.validate(Map.of()))).containsExactly("");
    assertThat(verify.outcomes()).containsExactly("pass", "fail");
    assertThat(verify.title("outcome")).contains("处理结果");
  }

  @Test
  void aSchemaThatIsNotJsonOrDoesNotCompileIsRefused() {
    assertThatThrownBy(() -> FormSchema.compile("x", "{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WorkflowException.class)
        .satisfies(e -> assertThat(((WorkflowException) e).code()).isEqualTo("INVALID_PROCESS"));
    assertThatThrownBy(
            () ->
                FormSchema.compile(
                    "x",
                    "{\"properties\":{\"a\":{\"type\":\"strin\"}},\"allOf\":{}}"
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WorkflowException.class);
  }
}
