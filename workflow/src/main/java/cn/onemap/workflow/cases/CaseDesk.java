package cn.onemap.workflow.cases;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The cases of 数字城管 (city management), driven through the engine's {@link CaseEngine#CITY_CASE}
 * process: report, the tasks of a caller, acting on one, a case with its history, lists. The engine
 * holds who acts next; the store's {@value #LAYER} layer holds the case itself, one new version per
 * change (so the map, WFS and the time slider show every case as it was), written right after the
 * engine's transition commits.
 *
 * <p>Who may act on a task: a caller whose groups ({@link Actor#groups()}) include a candidate
 * group of the task, or who is its candidate user. A caller sees the cases of their groups: grid
 * managers those they reported or of their grids, departments those dispatched to them, the
 * centre's roles all.
 */
public final class CaseDesk {
  /** The store layer of the cases. */
  public static final String LAYER = "events";

  private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4490);
  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();
  private static final String STATUS_LIST = "cityman_case_status";
  private static final String CATEGORY_LIST = "cityman_case_category";
  private static final String CLASS_LIST = "cityman_case_class";

  private final CaseEngine engine;
  private final FeatureStore store;
  private final CaseLocator locator;
  private final StageClocks clocks;
  private final Clock clock;
  private final ReportKeys reportKeys;
  private final CaseForms forms;

  public CaseDesk(
      CaseEngine engine, FeatureStore store, CaseLocator locator, StageClocks clocks, Clock clock) {
    this.engine = engine;
    this.store = store;
    this.locator = locator;
    this.clocks = clocks;
    this.clock = clock;
    this.reportKeys =
        new ReportKeys(engine.engine().getProcessEngineConfiguration().getDataSource());
    this.forms =
        new CaseForms(
            new cn.onemap.workflow.form.TaskForms(engine.engine().getRepositoryService()));
  }

  /**
   * What the engine does for the desk on every task it creates, in the creating transaction: labels
   * the task with its case number (the task's category: the inbox and a completion read it from the
   * task row, without the process variables) and starts the stage's clock.
   */
  public static CaseEngine.TaskStarted taskHook(StageClocks clocks) {
    return task -> {
      Object caseNo = task.getVariable("caseNo");
      if (caseNo != null) {
        task.setCategory(caseNo.toString());
      }
      clocks.started(task);
    };
  }

  private volatile boolean schemaChecked;

  /**
   * Makes sure the case layer carries what the workflow writes, once, on first use: the portal
   * opens the desk before the sample city (and its events layer) may exist.
   */
  private void ready() {
    if (schemaChecked) {
      return;
    }
    synchronized (this) {
      if (!schemaChecked) {
        if (store.layer(LAYER).isEmpty()) {
          throw new WorkflowException(
              "CASES_UNAVAILABLE",
              "the case layer '" + LAYER + "' does not exist (yet): no cases can be kept",
              Map.of("layer", LAYER));
        }
        ensureSchema();
        reportKeys.create();
        schemaChecked = true;
      }
    }
  }

  /**
   * The case layer's attributes the workflow writes, added (optional, so history stays valid) when
   * missing; the status code list gains the stages' names.
   */
  private void ensureSchema() {
    LayerDefinition layer = store.requireLayer(LAYER);
    List<AttributeDefinition> missing = new ArrayList<>();
    addIfMissing(layer, missing, "description", AttributeType.STRING, "问题描述");
    addIfMissing(layer, missing, "urgency", AttributeType.STRING, "紧急程度");
    addIfMissing(layer, missing, "reporter", AttributeType.STRING, "上报人");
    addIfMissing(layer, missing, "department", AttributeType.STRING, "处置部门");
    addIfMissing(layer, missing, "address", AttributeType.STRING, "地址");
    addIfMissing(layer, missing, "task", AttributeType.STRING, "当前环节");
    addIfMissing(layer, missing, "due_at", AttributeType.TIMESTAMP, "本环节时限");
    addIfMissing(layer, missing, "part_id", AttributeType.STRING, "涉及部件");
    addIfMissing(layer, missing, "suggested_department", AttributeType.STRING, "建议处置部门");
    addIfMissing(layer, missing, "street_code", AttributeType.STRING, "街道（镇）代码");
    addIfMissing(layer, missing, "county_code", AttributeType.STRING, "县（区）代码");
    addIfMissing(layer, missing, "area_name", AttributeType.STRING, "所在区域");
    if (!missing.isEmpty()) {
      store.alterLayer(
          LAYER,
          new LayerChange(
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), missing));
    }
    CodeList statuses = store.codeList(STATUS_LIST).orElse(null);
    if (statuses != null) {
      Map<String, CodeEntry> entries = new LinkedHashMap<>();
      statuses.entries().forEach(e -> entries.put(e.code(), e));
      boolean changed = false;
      for (CaseStatus s : CaseStatus.values()) {
        if (!entries.containsKey(s.title())) {
          entries.put(s.title(), new CodeEntry(s.title(), s.title(), null));
          changed = true;
        }
      }
      if (changed) {
        store.putCodeList(
            new CodeList(
                statuses.id(),
                statuses.title(),
                statuses.standard(),
                List.copyOf(entries.values())));
      }
    }
  }

  private static void addIfMissing(
      LayerDefinition layer,
      List<AttributeDefinition> missing,
      String name,
      AttributeType type,
      String label) {
    if (layer.attribute(name).isEmpty()) {
      missing.add(AttributeDefinition.optional(name, type, label));
    }
  }

  /**
   * Reports a case: checks the category and that the position lies in a unit grid of the city,
   * files it with its grid, community, street, county, address, and starts the process. The same
   * idempotency key from the same reporter returns the case the first report made (an offline phone
   * resending).
   */
  public CaseView report(NewCase r, Actor actor) {
    ready();
    Optional<String> key = r.idempotencyKey().map(k -> actor.user() + "|" + k);
    if (key.isPresent()) {
      Optional<String> existing = reportKeys.find(key.get());
      if (existing.isPresent()) {
        return reported(existing.get(), actor);
      }
    }
    requireCode(CATEGORY_LIST, r.category(), "UNKNOWN_CATEGORY", "category");
    requireCode(CLASS_LIST, r.mainClass(), "UNKNOWN_CATEGORY", "mainClass");
    CaseLocator.Location where =
        locator
            .locate(r.lon(), r.lat())
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "OUTSIDE_CITY",
                        "the position "
                            + r.lon()
                            + ", "
                            + r.lat()
                            + " is in no unit grid of the city",
                        Map.of("lon", r.lon(), "lat", r.lat())));
    Instant now = clock.instant();
    String caseNo = nextCaseNo();
    if (key.isPresent()) {
      Optional<String> first = reportKeys.claim(key.get(), caseNo, now);
      if (first.isPresent()) {
        return reported(first.get(), actor);
      }
    }
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("case_no", caseNo);
    attributes.put("category", r.category());
    attributes.put("main_class", r.mainClass());
    attributes.put("reported_at", now);
    attributes.put("status", CaseStatus.REPORTED.title());
    attributes.put("source", r.source().orElse("网格员上报"));
    attributes.put("bgid", where.gridCode());
    attributes.put("community_code", where.communityCode());
    attributes.put("street_code", where.streetCode());
    attributes.put("county_code", where.countyCode());
    attributes.put("area_name", where.areaName());
    attributes.put("description", r.description());
    attributes.put("urgency", r.urgency().name());
    attributes.put("reporter", actor.user());
    attributes.put("address", where.address().orElse(null));
    attributes.put("task", "register");
    suggestDispatch(r, attributes);
    Point point = GEOMETRY.createPoint(new Coordinate(r.lon(), r.lat()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNo", caseNo);
    variables.put("reporter", actor.user());
    variables.put("verifier", actor.groups().contains("GRID_MANAGER") ? actor.user() : "");
    variables.put("grid", where.gridCode());
    variables.put("category", r.category());
    variables.put("urgency", r.urgency().name());
    ProcessInstance started;
    try {
      started =
          engine
              .engine()
              .getRuntimeService()
              .startProcessInstanceById(
                  engine.latestActive(CaseEngine.CITY_CASE).id(), caseNo, variables);
    } catch (RuntimeException e) {
      key.ifPresent(k -> reportKeys.release(k, caseNo));
      throw e;
    }
    try {
      Task first = openTask(started.getId()).orElseThrow();
      // StageClocks set the due date when the engine created the task.
      Optional.ofNullable(first.getDueDate())
          .ifPresent(d -> attributes.put("due_at", d.toInstant()));
      store.apply(
          LAYER,
          List.of(FeatureEdit.insert(caseNo, point, attributes)),
          EditContext.by(actor.user(), "上报"));
    } catch (RuntimeException e) {
      // Nothing half-written: the case is not in the store, so the process goes too.
      engine.engine().getRuntimeService().deleteProcessInstance(started.getId(), "store refused");
      engine.engine().getHistoryService().deleteHistoricProcessInstance(started.getId());
      key.ifPresent(k -> reportKeys.release(k, caseNo));
      throw e;
    }
    return get(caseNo, actor).orElseThrow();
  }

  /**
   * The case an earlier send of the same report made; while that send is still at work (the same
   * report arriving twice at once), waits a few seconds for its case to appear.
   */
  private CaseView reported(String caseNo, Actor actor) {
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (true) {
      Optional<CaseView> made = get(caseNo, actor);
      if (made.isPresent()) {
        return made.get();
      }
      if (System.nanoTime() > end) {
        throw new WorkflowException(
            "REPORT_IN_PROGRESS",
            "the same report is being filed as case " + caseNo + "; send it again shortly",
            Map.of("caseNo", caseNo));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** How far from a reported 部件 problem the part it is about may stand. */
  static final double PART_RADIUS_METRES = 50;

  /**
   * The dispatch's default: for a 部件 problem the owner department of the nearest part of its class
   * (which the case then names), else the category's usual department.
   */
  private void suggestDispatch(NewCase r, Map<String, Object> attributes) {
    var category = clocks.categories().byName(r.category());
    if (category.isEmpty()) {
      return;
    }
    Optional<String> department = category.get().owner();
    if (category.get().kind() == cn.onemap.workflow.category.CaseKind.PART) {
      Optional<NearestPart.Found> part =
          NearestPart.find(store, category.get().minorCode(), r.lon(), r.lat(), PART_RADIUS_METRES);
      if (part.isPresent()) {
        attributes.put("part_id", part.get().objId());
        department = part.get().department().or(() -> category.get().owner());
      }
    }
    department.ifPresent(d -> attributes.put("suggested_department", d));
  }

  private static final java.time.format.DateTimeFormatter CASE_DAY =
      java.time.format.DateTimeFormatter.ofPattern("yyMMdd")
          .withZone(java.time.ZoneId.of("Asia/Shanghai"));

  /**
   * A new case number: CG, the day (yyMMdd, Beijing time) and at least six digits from the engine's
   * database id generator, which hands out blocks per node, so numbers are unique across nodes and
   * never those of loaded historical cases (CG and ten digits).
   */
  private String nextCaseNo() {
    var ids = engine.engine().getProcessEngineConfiguration().getIdGenerator();
    for (int attempt = 0; attempt < 5; attempt++) {
      String id = ids.getNextId();
      String digits = id.matches("\\d+") ? id : Integer.toString(Math.abs(id.hashCode()));
      String no =
          "CG"
              + CASE_DAY.format(clock.instant())
              + "0".repeat(Math.max(0, 6 - digits.length()))
              + digits;
      if (store.get(LAYER, no).isEmpty()) {
        return no;
      }
    }
    throw new IllegalStateException("no free case number after five attempts");
  }

  private void requireCode(String list, String code, String error, String field) {
    boolean known =
        store
            .codeList(list)
            .map(l -> l.entries().stream().anyMatch(e -> e.code().equals(code)))
            .orElse(true);
    if (code == null || !known) {
      throw new WorkflowException(
          error,
          field + " '" + code + "' is not in the code list " + list,
          Map.of(field, String.valueOf(code)));
    }
  }

  /** The open tasks the caller may act on, oldest first. */
  public List<TaskView> tasks(Actor actor) {
    ready();
    return inbox(engine.engine().getTaskService(), actor).stream().map(this::view).toList();
  }

  /** The most open tasks an inbox lists; a centre with more works the oldest first. */
  public static final int INBOX_LIMIT = 500;

  /**
   * Above this many candidate tasks an inbox walks the open tasks oldest first and stops at the
   * limit; below it, it starts from the caller's candidate links. Neither plan suits both: with
   * 100,000 open cases, walking found a department's few tasks in 280 ms on H2 (every task
   * checked), while starting from the centre's links would fetch and sort all 100,000.
   */
  static final int DENSE_INBOX = 5_000;

  /**
   * The engine's query behind {@link #tasks}: open tasks whose candidate groups include one of the
   * caller's, whose candidate users include the caller, or assigned to the caller; oldest first.
   */
  public static List<Task> inbox(TaskService tasks, Actor actor) {
    return inbox(tasks, actor, DENSE_INBOX);
  }

  /** {@link #inbox} with the plan chosen at {@code denseFrom} candidate links (tests try both). */
  static List<Task> inbox(TaskService tasks, Actor actor, int denseFrom) {
    List<String> groups = List.copyOf(actor.groups());
    if (candidateLinks(tasks, groups, actor.user(), denseFrom) >= denseFrom) {
      return tasks
          .createTaskQuery()
          .or()
          .taskCandidateGroupIn(groups)
          .taskCandidateUser(actor.user())
          .taskAssignee(actor.user())
          .endOr()
          .orderByTaskCreateTime()
          .asc()
          .listPage(0, INBOX_LIMIT);
    }
    var query =
        tasks
            .createNativeTaskQuery()
            .sql(
                "SELECT RES.* FROM ACT_RU_TASK RES WHERE RES.ID_ IN ("
                    + linkedTasks(groups)
                    + " UNION SELECT T.ID_ FROM ACT_RU_TASK T WHERE T.ASSIGNEE_ = #{user})"
                    + " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC")
            .parameter("user", actor.user());
    for (int i = 0; i < groups.size(); i++) {
      query.parameter("g" + i, groups.get(i));
    }
    return query.listPage(0, INBOX_LIMIT);
  }

  /**
   * The caller's candidate links, counted up to {@code atMost} per branch (user, groups): each a
   * query of its own, since H2 reads both sides of a UNION in full before limiting.
   */
  private static long candidateLinks(
      TaskService tasks, List<String> groups, String user, int atMost) {
    long n = countUpTo(tasks, userLinks(), Map.of("user", user), atMost);
    if (!groups.isEmpty() && n < atMost) {
      Map<String, Object> parameters = new HashMap<>();
      for (int i = 0; i < groups.size(); i++) {
        parameters.put("g" + i, groups.get(i));
      }
      n += countUpTo(tasks, groupLinks(groups.size()), parameters, atMost);
    }
    return n;
  }

  private static long countUpTo(
      TaskService tasks, String select, Map<String, Object> parameters, int atMost) {
    var count =
        tasks
            .createNativeTaskQuery()
            .sql("SELECT COUNT(*) FROM (" + select + " FETCH FIRST " + atMost + " ROWS ONLY) L");
    parameters.forEach(count::parameter);
    return count.count();
  }

  /** The tasks linked to the caller as a candidate: one index range per branch. */
  private static String linkedTasks(List<String> groups) {
    return groups.isEmpty() ? userLinks() : userLinks() + " UNION ALL " + groupLinks(groups.size());
  }

  private static final String LINKS =
      "SELECT LINK.TASK_ID_ FROM ACT_RU_IDENTITYLINK LINK WHERE LINK.TYPE_ = 'candidate' AND ";

  private static String userLinks() {
    return LINKS + "LINK.USER_ID_ = #{user}";
  }

  /** H2 scans the whole link table for an OR of user and groups: groups are a branch apart. */
  private static String groupLinks(int groups) {
    StringBuilder sql = new StringBuilder(LINKS).append("LINK.GROUP_ID_ IN (");
    for (int i = 0; i < groups; i++) {
      sql.append(i == 0 ? "" : ", ").append("#{g").append(i).append('}');
    }
    return sql.append(')').toString();
  }

  private Optional<Task> openTask(String processInstanceId) {
    return Optional.ofNullable(
        engine
            .engine()
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .singleResult());
  }

  private TaskView view(Task t) {
    String caseNo = caseNoOf(t);
    Optional<Instant> due = Optional.ofNullable(t.getDueDate()).map(java.util.Date::toInstant);
    Instant now = clock.instant();
    return new TaskView(
        t.getId(),
        t.getTaskDefinitionKey(),
        CaseStatus.ofTask(t.getTaskDefinitionKey()).title(),
        caseNo,
        t.getCreateTime().toInstant(),
        CaseActions.allowed(t.getTaskDefinitionKey()),
        due,
        due.map(d -> clocks.remaining(d, now).toSeconds()),
        due.map(now::isAfter).orElse(false));
  }

  /**
   * Acts on a task: the caller must be one of its candidates, the action one the task allows (with
   * what it needs: a department to dispatch to, a reason to reject or return). Then the case's new
   * state is written to the store. A task done already (acted on twice) is TASK_DONE.
   */
  public CaseView complete(String taskId, Actor actor, TaskAction action) {
    return complete(taskId, actor, action, Map.of());
  }

  /**
   * Acts on a task with the fields of its form: the body (the action and {@code extra}, the fields
   * a customised form declares) must validate against the task's form (INVALID_FORM, nothing
   * changed); the extra fields the form declares are kept as process variables {@code form_<name>}
   * and in the history's reason.
   */
  public CaseView complete(
      String taskId, Actor actor, TaskAction action, Map<String, Object> extra) {
    ready();
    TaskService tasks = engine.engine().getTaskService();
    Task task = actionable(taskId, actor);
    CaseForms.Filled filled = forms.check(task, action, extra);
    Map<String, Object> variables = CaseActions.variables(task.getTaskDefinitionKey(), action);
    variables.putAll(filled.variables());
    String caseNo = caseNoOf(task);
    if (store.get(LAYER, caseNo).isEmpty()) {
      // A report starts its process, then files the case in the store: in between its first task is
      // in the inbox already. Acting on it then would move the engine past a case the store lacks.
      throw new WorkflowException(
          "CASE_NOT_READY",
          "case " + caseNo + " is still being filed; act on it in a moment",
          Map.of("caseNo", caseNo, "task", taskId));
    }
    if (action.outcome().equals("merge")) {
      String into = action.mergeInto().orElse("");
      if (into.equals(caseNo) || store.get(LAYER, into).isEmpty()) {
        throw new WorkflowException(
            "INVALID_OUTCOME", "merge needs the number of another case", Map.of("mergeInto", into));
      }
    }
    tasks.complete(task.getId(), variables);
    project(caseNo, actor, task, action, filled.summary());
    return get(caseNo, actor).orElseThrow();
  }

  /** The form of a task the caller may act on (the JSON Schema of its completion's body). */
  public Optional<com.fasterxml.jackson.databind.JsonNode> form(String taskId, Actor actor) {
    ready();
    return forms.of(actionable(taskId, actor)).map(cn.onemap.workflow.form.FormSchema::json);
  }

  /** An open task of the caller: TASK_DONE, TASK_NOT_FOUND or NOT_YOUR_TASK otherwise. */
  private Task actionable(String taskId, Actor actor) {
    TaskService tasks = engine.engine().getTaskService();
    Task task = tasks.createTaskQuery().taskId(taskId).includeIdentityLinks().singleResult();
    if (task == null) {
      boolean done =
          engine
                  .engine()
                  .getHistoryService()
                  .createHistoricTaskInstanceQuery()
                  .taskId(taskId)
                  .count()
              > 0;
      throw new WorkflowException(
          done ? "TASK_DONE" : "TASK_NOT_FOUND",
          done ? "task " + taskId + " is done already" : "no task " + taskId,
          Map.of("task", taskId));
    }
    if (!mayAct(task, actor)) {
      throw new WorkflowException(
          "NOT_YOUR_TASK",
          "task '" + task.getName() + "' is not for " + actor.user(),
          Map.of("task", taskId));
    }
    return task;
  }

  /**
   * The case of a task: the category {@link #taskHook} gave it, or (a task created before the hook
   * labelled tasks) its process's business key.
   */
  private String caseNoOf(Task t) {
    if (t.getCategory() != null && !t.getCategory().isEmpty()) {
      return t.getCategory();
    }
    return engine
        .engine()
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(t.getProcessInstanceId())
        .singleResult()
        .getBusinessKey();
  }

  private boolean mayAct(Task task, Actor actor) {
    if (actor.user().equals(task.getAssignee())) {
      return true;
    }
    List<? extends org.flowable.identitylink.api.IdentityLinkInfo> links =
        task.getIdentityLinks() == null || task.getIdentityLinks().isEmpty()
            ? engine.engine().getTaskService().getIdentityLinksForTask(task.getId())
            : task.getIdentityLinks();
    for (org.flowable.identitylink.api.IdentityLinkInfo link : links) {
      if (link.getGroupId() != null && actor.groups().contains(link.getGroupId())) {
        return true;
      }
      if (link.getUserId() != null && link.getUserId().equals(actor.user())) {
        return true;
      }
    }
    return false;
  }

  /** Writes the case's state after a transition as a new version of its feature. */
  private void project(
      String caseNo, Actor actor, Task done, TaskAction action, String formSummary) {
    Optional<Task> open = openTask(done.getProcessInstanceId());
    Map<String, Object> changed = new HashMap<>();
    CaseStatus status;
    String next = null;
    if (open.isEmpty()) {
      status = CaseStatus.ofEnd(endOf(done.getProcessInstanceId()));
      if (status == CaseStatus.CLOSED) {
        changed.put("closed_at", clock.instant());
      }
      changed.put("due_at", null);
    } else {
      Task current = open.get();
      next = current.getTaskDefinitionKey();
      status = CaseStatus.ofTask(next);
      changed.put(
          "due_at",
          Optional.ofNullable(current.getDueDate()).map(java.util.Date::toInstant).orElse(null));
    }
    changed.put("status", status.title());
    changed.put("task", next);
    action.department().ifPresent(d -> changed.put("department", d));
    String reason =
        CaseStatus.ofTask(done.getTaskDefinitionKey()).title()
            + "："
            + CaseActions.title(action.outcome())
            + action.note().map(n -> "（" + n + "）").orElse("")
            + formSummary;
    store.apply(
        LAYER,
        List.of(FeatureEdit.update(caseNo, null, changed)),
        EditContext.by(actor.user(), reason));
  }

  private String endOf(String processInstanceId) {
    HistoryService history = engine.engine().getHistoryService();
    var instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return instance == null ? "closed" : instance.getEndActivityId();
  }

  /** The case with its versions (who, when, why) and its open task, if the caller may see it. */
  public Optional<CaseView> get(String caseNo, Actor actor) {
    ready();
    Optional<Feature> feature = store.get(LAYER, caseNo);
    if (feature.isEmpty() || !maySee(feature.get(), actor)) {
      return Optional.empty();
    }
    List<Feature> versions = store.history(LAYER, caseNo);
    Optional<TaskView> open =
        Optional.ofNullable(
                engine
                    .engine()
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(caseNo)
                    .singleResult())
            .map(this::view);
    return Optional.of(CaseView.of(feature.get(), versions, open));
  }

  /** Cases the caller may see, newest first, filtered as the query says, one page of them. */
  public List<CaseView> list(CaseQuery q, Actor actor) {
    ready();
    List<Filter> all = new ArrayList<>();
    q.status().ifPresent(s -> all.add(equal("status", s)));
    q.category().ifPresent(c -> all.add(equal("category", c)));
    q.grid().ifPresent(g -> all.add(equal("bgid", g)));
    q.reportedFrom()
        .ifPresent(
            t ->
                all.add(
                    FILTERS.greaterOrEqual(
                        FILTERS.property("reported_at"), FILTERS.literal(java.util.Date.from(t)))));
    q.reportedBefore()
        .ifPresent(
            t ->
                all.add(
                    FILTERS.less(
                        FILTERS.property("reported_at"), FILTERS.literal(java.util.Date.from(t)))));
    if (q.overdue()) {
      all.add(
          FILTERS.less(
              FILTERS.property("due_at"), FILTERS.literal(java.util.Date.from(clock.instant()))));
    }
    visibility(actor).ifPresent(all::add);
    var query =
        FeatureQuery.layer(LAYER)
            .sortBy(new cn.onemap.core.store.SortKey("reported_at", false))
            .offset(q.offset())
            .limit(q.limit());
    if (!all.isEmpty()) {
      query.filter(all.size() == 1 ? all.get(0) : FILTERS.and(all));
    }
    q.bbox().ifPresent(query::bbox);
    List<CaseView> out = new ArrayList<>();
    try (FeatureCursor cursor = store.query(query.build())) {
      while (cursor.hasNext()) {
        out.add(CaseView.of(cursor.next(), List.of(), Optional.empty()));
      }
    }
    return out;
  }

  private static Filter equal(String property, String value) {
    return FILTERS.equals(FILTERS.property(property), FILTERS.literal(value));
  }

  /** What the caller's roles confine them to; empty: every case. */
  private static Optional<Filter> visibility(Actor actor) {
    if (actor.seesAll()) {
      return Optional.empty();
    }
    List<Filter> any = new ArrayList<>();
    any.add(equal("reporter", actor.user()));
    actor.grids().forEach(g -> any.add(equal("bgid", g)));
    actor.department().ifPresent(d -> any.add(equal("department", d)));
    return Optional.of(any.size() == 1 ? any.get(0) : FILTERS.or(any));
  }

  private static boolean maySee(Feature f, Actor actor) {
    if (actor.seesAll()) {
      return true;
    }
    return actor.user().equals(f.attribute("reporter"))
        || actor.grids().contains(String.valueOf(f.attribute("bgid")))
        || actor.department().map(d -> d.equals(f.attribute("department"))).orElse(false);
  }

  /** The groups of the centre that see every case. */
  static final Set<String> CENTRE =
      Set.of("ACCEPTOR", "SHIFT_LEADER", "DISPATCHER", "LEADER", "ADMIN");
}
