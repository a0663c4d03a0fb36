package cn.onemap.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.engine.CaseEngine;
import cn.onemap.workflow.form.ProcessArchive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A changed process deployed with its forms from a ZIP, on the real engine and store, both
 * databases: v2 asks 立案意见 ({@code opinion}) at 受理立案; a case started before keeps v1 and its form, a
 * new case gets v2 and cannot register without the opinion (INVALID_FORM, nothing changed), with it
 * the opinion is a process variable and in the history; suspending v2 starts new cases on v1; bad
 * archives (a formKey without schema, a schema that does not compile, an outcome leaving by no
 * flow, a path out of the archive, too many entries, a zip bomb) deploy nothing.
 */
class CaseFormsIT {
  private static final Actor GRID_MANAGER =
      new Actor("gm1", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1"));
  private static final Actor ACCEPTOR =
      new Actor("a1", Set.of("ACCEPTOR"), Optional.empty(), Set.of());
  static final String FORMS = "workflow/process/forms/";
  static final List<String> KEYS =
      List.of(
          "register",
          "approveRegister",
          "dispatch",
          "handle",
          "approveExtension",
          "approveSuspension",
          "suspended",
          "verify",
          "close");

  static byte[] resource(String path) throws IOException {
    try (InputStream in = CaseFormsIT.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  /** The shipped process and forms, {@code changed} replacing or adding entries. */
  static Map<String, byte[]> shippedEntries(Map<String, byte[]> changed) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("city-case.bpmn20.xml", resource("workflow/process/city-case.bpmn20.xml"));
    for (String key : KEYS) {
      entries.put("forms/" + key + ".json", resource(FORMS + key + ".json"));
    }
    entries.putAll(changed);
    entries.values().removeIf(v -> v.length == 0);
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The shipped register form with a required 立案意见 (opinion). */
  static byte[] registerWithOpinion() throws IOException {
    String json = new String(resource(FORMS + "register.json"), StandardCharsets.UTF_8);
    json =
        json.replace(
                "\"properties\": {",
                "\"properties\": {\n    \"opinion\": {\"title\": \"立案意见\", \"type\": \"string\","
                    + " \"minLength\": 2, \"maxLength\": 200},")
            .replaceFirst("\"required\": \\[", "\"required\": [\"opinion\", ");
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String code(Throwable e) {
    return ((WorkflowException) e).code();
  }

  private static String definitionOf(CaseEngine engine, String caseNo) {
    return engine
        .engine()
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNo)
        .singleResult()
        .getProcessDefinitionId();
  }

  private static String taskOf(CaseDesk desk, String caseNo) {
    return desk.tasks(ACCEPTOR).stream()
        .filter(t -> t.caseNo().equals(caseNo))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aNewVersionCarriesItsFormsAndRunningCasesKeepTheirs(Backend backend) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      CaseDeskIT.eventsLayer(store);
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      StageClocks clocks =
          new StageClocks(
              cn.onemap.workflow.calendar.WorkingCalendar.china(),
              cn.onemap.workflow.category.TimeLimits.shipped(),
              cn.onemap.workflow.category.CaseCategories.shipped(),
              Clock.systemUTC());
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, CaseDesk.taskHook(clocks))) {
        CaseDesk desk = new CaseDesk(engine, store, CaseDeskIT.LOCATOR, clocks, Clock.systemUTC());
        String v1 = engine.latestActive(CaseEngine.CITY_CASE).id();
        String before =
            desk.report(CaseDeskIT.report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER).caseNo();

        var archive =
            ProcessArchive.read(
                zip(shippedEntries(Map.of("forms/register.json", registerWithOpinion()))));
        List<CaseEngine.Definition> deployed = engine.deploy("v2", archive.bpmn(), archive.forms());
        CaseEngine.Definition v2 = deployed.get(0);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.id()).isNotEqualTo(v1);

        // The case reported before keeps v1 and its form (no opinion asked).
        assertThat(definitionOf(engine, before)).isEqualTo(v1);
        String beforeTask = taskOf(desk, before);
        assertThat(desk.form(beforeTask, ACCEPTOR).orElseThrow().path("properties").has("opinion"))
            .isFalse();
        desk.complete(beforeTask, ACCEPTOR, CaseDeskIT.act("register", null));

        // A new case gets v2: registering without the opinion is refused and changes nothing.
        String after =
            desk.report(CaseDeskIT.report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER).caseNo();
        assertThat(definitionOf(engine, after)).isEqualTo(v2.id());
        String afterTask = taskOf(desk, after);
        var form = desk.form(afterTask, ACCEPTOR).orElseThrow();
        assertThat(form.path("properties").path("opinion").path("title").asText())
            .isEqualTo("立案意见");
        int versions = desk.get(after, ACCEPTOR).orElseThrow().history().size();
        assertThatThrownBy(
                () -> desk.complete(afterTask, ACCEPTOR, CaseDeskIT.act("register", null)))
            .satisfies(
                e -> {
                  assertThat(code(e)).isEqualTo("INVALID_FORM");
                  assertThat(e.getMessage()).contains("opinion");
                  assertThat(((WorkflowException) e).details().get("errors").toString())
                      .contains("pointer");
                });
        assertThatThrownBy(
                () ->
                    desk.complete(
                        afterTask,
                        ACCEPTOR,
                        CaseDeskIT.act("register", null),
                        Map.of("opinion", "x")))
            .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_FORM"));
        assertThat(desk.get(after, ACCEPTOR).orElseThrow().history()).hasSize(versions);
        assertThat(taskOf(desk, after)).isEqualTo(afterTask);

        desk.complete(
            afterTask, ACCEPTOR, CaseDeskIT.act("register", null), Map.of("opinion", "属实，予以立案"));
        var instance =
            engine
                .engine()
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(
                    engine
                        .engine()
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(after)
                        .singleResult()
                        .getId())
                .variableName("form_opinion")
                .singleResult();
        assertThat(instance.getValue()).isEqualTo("属实，予以立案");
        var history = desk.get(after, ACCEPTOR).orElseThrow().history();
        assertThat(history).hasSize(versions + 1);
        assertThat(history.get(history.size() - 1).reason()).contains("立案意见：属实，予以立案");

        // Suspending v2: new cases start on v1 again; v1 then is the only active one.
        assertThat(engine.suspend(v2.id()).suspended()).isTrue();
        String onV1 =
            desk.report(CaseDeskIT.report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER).caseNo();
        assertThat(definitionOf(engine, onV1)).isEqualTo(v1);
        assertThatThrownBy(() -> engine.suspend(v1))
            .satisfies(e -> assertThat(code(e)).isEqualTo("LAST_ACTIVE_VERSION"));
        assertThat(engine.activate(v2.id()).suspended()).isFalse();
        assertThat(engine.latestActive(CaseEngine.CITY_CASE).id()).isEqualTo(v2.id());

        // Bad archives deploy nothing.
        int definitions = engine.definitions().size();
        byte[] leaving =
            new String(resource(FORMS + "register.json"), StandardCharsets.UTF_8)
                .replace("\"merge\"\n", "\"merge\", \"approve\"\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bomb = new byte[ProcessArchive.MAX_ENTRY_BYTES + 1];
        Map<String, byte[]> manyForms = new LinkedHashMap<>();
        for (int i = 0; i < ProcessArchive.MAX_ENTRIES; i++) {
          manyForms.put("forms/extra" + i + ".json", "{}".getBytes(StandardCharsets.UTF_8));
        }
        List<Map<String, byte[]>> bad =
            List.of(
                Map.of("forms/register.json", new byte[0]),
                Map.of(
                    "forms/register.json",
                    "{\"properties\": {\"outcome\": {\"type\": 5}}}"
                        .getBytes(StandardCharsets.UTF_8)),
                Map.of("forms/register.json", leaving),
                Map.of("../evil.json", "{}".getBytes(StandardCharsets.UTF_8)),
                Map.of("forms/huge.json", bomb),
                manyForms);
        for (Map<String, byte[]> change : bad) {
          byte[] upload = zip(shippedEntries(change));
          assertThatThrownBy(
                  () -> {
                    var a = ProcessArchive.read(upload);
                    engine.deploy("bad", a.bpmn(), a.forms());
                  })
              .as(change.keySet().toString())
              .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_PROCESS"));
        }
        assertThat(engine.definitions()).hasSize(definitions);
      }
    }
  }
}
