package cn.onemap.workflow.engine;

import cn.onemap.workflow.WorkflowException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.validation.ValidationError;

/**
 * The embedded BPMN 2.0 engine (Flowable) of the business flows, on the store's own database in a
 * schema of its own ({@link #schemaBeside}; created on first start, its tables by Flowable), with
 * no async executor (every transition runs in the caller's request). On start it deploys the
 * shipped 数字城管 process ({@link #CITY_CASE}) unless the same text is deployed already; admins deploy
 * new versions with {@link #deploy}, and running cases keep the version they started with
 * (Flowable's definition versions).
 */
public final class CaseEngine implements AutoCloseable {
  /** The process key of the 数字城管 case process. */
  public static final String CITY_CASE = "cityCase";

  public static final String SCHEMA = "flowable";
  private static final String SHIPPED = "workflow/process/city-case.bpmn20.xml";

  /** A deployed definition. */
  public record Definition(
      String id,
      String key,
      String name,
      int version,
      String deploymentId,
      boolean latest,
      boolean suspended) {}

  private final ProcessEngine engine;

  private CaseEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * Told of every user task the engine creates, inside the engine's transaction (so what it sets,
   * e.g. the task's due date and process variables, commits with the transition itself).
   */
  @FunctionalInterface
  public interface TaskStarted {
    void started(org.flowable.task.service.delegate.DelegateTask task);
  }

  /** Opens the engine in schema {@value #SCHEMA} of {@code pool}'s database (H2 or PostgreSQL). */
  public static CaseEngine open(DataSource pool) {
    return open(pool, SCHEMA);
  }

  /** Opens the engine with a hook on every created user task. */
  public static CaseEngine open(DataSource pool, String schemaName, TaskStarted onTask) {
    return open(pool, schemaName, java.util.Optional.of(onTask));
  }

  /**
   * Opens the engine in {@code schemaName} (an SQL identifier) of {@code pool}'s database and
   * deploys the shipped process.
   */
  public static CaseEngine open(DataSource pool, String schemaName) {
    return open(pool, schemaName, java.util.Optional.empty());
  }

  private static CaseEngine open(
      DataSource pool, String schemaName, java.util.Optional<TaskStarted> onTask) {
    if (!schemaName.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException(
          "schema name " + schemaName + " is not a plain identifier");
    }
    String schema = createSchema(pool, schemaName);
    var config = new StandaloneProcessEngineConfiguration();
    config.setDataSource(new SchemaDataSource(pool, schema));
    config.setDatabaseSchema(schema);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setAsyncExecutorActivate(false);
    config.setEngineName("onemap-workflow");
    onTask.ifPresent(
        hook ->
            config.setEventListeners(
                List.of(
                    new org.flowable.engine.delegate.event.AbstractFlowableEngineEventListener(
                        java.util.Set.of(
                            org.flowable.common.engine.api.delegate.event.FlowableEngineEventType
                                .TASK_CREATED)) {
                      @Override
                      protected void taskCreated(
                          org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent
                              event) {
                        hook.started(
                            (org.flowable.task.service.delegate.DelegateTask) event.getEntity());
                      }
                    })));
    CaseEngine opened = new CaseEngine(config.buildProcessEngine());
    addIndexes(config.getDataSource());
    try (var in = CaseEngine.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped process " + SHIPPED + " is missing");
      }
      byte[] bpmn = in.readAllBytes();
      opened.deploy("数字城管案件（内置）", bpmn, ProcessForms.shipped(bpmn));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return opened;
  }

  /**
   * The engine's schema for a store whose tables live in {@code pool}'s current schema: {@value
   * #SCHEMA} beside a store in the default schema, else {@code <store schema>_flowable}, so two
   * stores in one PostgreSQL database (two cities, or test runs) never share cases.
   */
  public static String schemaBeside(DataSource pool) {
    try (Connection c = pool.getConnection()) {
      String current = c.getSchema();
      if (current == null || current.equalsIgnoreCase("public")) {
        return SCHEMA;
      }
      String beside = current.toLowerCase(java.util.Locale.ROOT) + "_" + SCHEMA;
      if (!beside.matches("[a-z][a-z0-9_]{0,40}")) {
        throw new IllegalStateException(
            "the store's schema " + current + " gives no plain workflow schema name");
      }
      return beside;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's schema: " + e.getMessage(), e);
    }
  }

  /**
   * Indexes Flowable does not ship. A process's variables are read with {@code EXECUTION_ID_ = ?
   * AND TASK_ID_ IS NULL}; with only Flowable's single-column indexes H2 picks the one on TASK_ID_
   * and reads every process variable of every running case, so each transition got slower with
   * every open case (seen in bench/cases.sh: most of a completion's time).
   */
  private static void addIndexes(DataSource engineSchema) {
    try (Connection c = engineSchema.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE INDEX IF NOT EXISTS OM_IDX_RU_VAR_EXEC_TASK ON ACT_RU_VARIABLE"
              + " (EXECUTION_ID_, TASK_ID_)");
      st.execute(
          "CREATE INDEX IF NOT EXISTS OM_IDX_RU_VAR_PROC_TASK ON ACT_RU_VARIABLE"
              + " (PROC_INST_ID_, TASK_ID_)");
      st.execute(
          "CREATE INDEX IF NOT EXISTS OM_IDX_HI_VAR_PROC_TASK ON ACT_HI_VARINST"
              + " (PROC_INST_ID_, TASK_ID_)");
      // The inbox (CaseDesk.inbox) starts from the caller's candidate links or assigned tasks.
      st.execute(
          "CREATE INDEX IF NOT EXISTS OM_IDX_RU_IDENT_GROUP_TASK ON ACT_RU_IDENTITYLINK"
              + " (GROUP_ID_, TYPE_, TASK_ID_)");
      st.execute(
          "CREATE INDEX IF NOT EXISTS OM_IDX_RU_IDENT_USER_TASK ON ACT_RU_IDENTITYLINK"
              + " (USER_ID_, TYPE_, TASK_ID_)");
      st.execute("CREATE INDEX IF NOT EXISTS OM_IDX_RU_TASK_ASSIGNEE ON ACT_RU_TASK (ASSIGNEE_)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot index the workflow tables: " + e.getMessage(), e);
    }
  }

  private static String createSchema(DataSource pool, String name) {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      // H2 folds unquoted names to upper case, PostgreSQL to lower case.
      String schema = c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase() : name;
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      return schema;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the workflow schema: " + e.getMessage(), e);
    }
  }

  public ProcessEngine engine() {
    return engine;
  }

  /**
   * Validates and deploys a BPMN 2.0 document: refused (WorkflowException INVALID_PROCESS, with the
   * parser's or validator's messages) when it cannot be read or does not validate; a text identical
   * to the latest deployment of the same name deploys nothing. Returns the definitions now current
   * for the document's process keys.
   */
  public List<Definition> deploy(String name, byte[] bpmn) {
    return deploy(name, bpmn, Map.of());
  }

  /**
   * Deploys a process with the JSON Schemas of its forms (by form key) in one deployment, so the
   * version carries its forms. Refused (INVALID_PROCESS, nothing deployed) as {@link
   * #deploy(String, byte[])}, and when a task's formKey has no schema, a schema does not compile,
   * or a form offers an outcome no flow from its task takes ({@link ProcessForms#check}).
   */
  public List<Definition> deploy(String name, byte[] bpmn, Map<String, byte[]> forms) {
    BpmnModel model;
    try {
      model =
          new BpmnXMLConverter()
              .convertToBpmnModel(
                  new InputStreamSource(new ByteArrayInputStream(bpmn)), true, false);
    } catch (RuntimeException e) {
      throw new WorkflowException(
          "INVALID_PROCESS", "the BPMN document cannot be read: " + e.getMessage(), Map.of());
    }
    List<ValidationError> errors =
        engine.getRepositoryService().validateProcess(model).stream()
            .filter(e -> !e.isWarning())
            .toList();
    if (model.getProcesses().isEmpty()) {
      throw new WorkflowException(
          "INVALID_PROCESS", "the BPMN document defines no process", Map.of());
    }
    if (!errors.isEmpty()) {
      throw new WorkflowException(
          "INVALID_PROCESS",
          "the process does not validate: "
              + String.join(
                  "; ",
                  errors.stream()
                      .map(e -> e.getActivityId() + ": " + e.getDefaultDescription())
                      .toList()),
          Map.of("errors", errors.size()));
    }
    ProcessForms.check(model, forms);
    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(name)
            .addString("process.bpmn20.xml", new String(bpmn, StandardCharsets.UTF_8));
    forms.forEach(
        (key, json) -> deployment.addBytes(cn.onemap.workflow.form.TaskForms.resource(key), json));
    deployment.enableDuplicateFiltering().deploy();
    return model.getProcesses().stream().map(p -> latest(p.getId())).toList();
  }

  /** Every version of every definition, latest first per key. */
  public List<Definition> definitions() {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .orderByProcessDefinitionKey()
        .asc()
        .orderByProcessDefinitionVersion()
        .desc()
        .list()
        .stream()
        .map(d -> view(d, d.getVersion() == latest(d.getKey()).version()))
        .toList();
  }

  private Definition latest(String key) {
    ProcessDefinition d =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult();
    return view(d, true);
  }

  private static Definition view(ProcessDefinition d, boolean latest) {
    return new Definition(
        d.getId(),
        d.getKey(),
        d.getName(),
        d.getVersion(),
        d.getDeploymentId(),
        latest,
        d.isSuspended());
  }

  /**
   * The newest version of {@code key} that is not suspended: where new cases start.
   * NO_ACTIVE_PROCESS when every version is suspended.
   */
  public Definition latestActive(String key) {
    List<ProcessDefinition> active =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .active()
            .orderByProcessDefinitionVersion()
            .desc()
            .listPage(0, 1);
    if (active.isEmpty()) {
      throw new WorkflowException(
          "NO_ACTIVE_PROCESS", "every version of process " + key + " is suspended", Map.of());
    }
    ProcessDefinition d = active.get(0);
    return view(d, d.getVersion() == latest(key).version());
  }

  /**
   * Suspends a definition: new cases start on the newest active version instead; its running cases
   * go on. Refused (LAST_ACTIVE_VERSION) for the only active version of its key.
   */
  public Definition suspend(String definitionId) {
    ProcessDefinition d = definition(definitionId);
    if (!d.isSuspended()) {
      if (latestActive(d.getKey()).id().equals(d.getId())
          && engine
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(d.getKey())
                  .active()
                  .count()
              == 1) {
        throw new WorkflowException(
            "LAST_ACTIVE_VERSION",
            "version " + d.getVersion() + " is the only active version of " + d.getKey(),
            Map.of("definition", definitionId));
      }
      engine.getRepositoryService().suspendProcessDefinitionById(definitionId);
    }
    return view(definition(definitionId), definitionId.equals(latest(d.getKey()).id()));
  }

  /** Activates a suspended definition again. */
  public Definition activate(String definitionId) {
    ProcessDefinition d = definition(definitionId);
    if (d.isSuspended()) {
      engine.getRepositoryService().activateProcessDefinitionById(definitionId);
    }
    return view(definition(definitionId), definitionId.equals(latest(d.getKey()).id()));
  }

  private ProcessDefinition definition(String definitionId) {
    ProcessDefinition d =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionId(definitionId)
            .singleResult();
    if (d == null) {
      throw new WorkflowException(
          "PROCESS_NOT_FOUND",
          "no process definition " + definitionId,
          Map.of("definition", definitionId));
    }
    return d;
  }

  @Override
  public void close() {
    engine.close();
  }
}
