package cn.onemap.workflow.cases;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.store.SortKey;
import cn.onemap.workflow.calendar.CaseClock;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.task.api.Task;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;

/**
 * 超时升级: finds the open tasks of cases past their stage's deadline and marks each case, as a new
 * version of its feature (reason {@value #REASON}, by {@value #AUTHOR}), with the escalation level
 * of its current task — 1 once the deadline has passed, 2 once the working time used is twice the
 * stage's budget ({@link #level}). The case's {@code overdue_level}, {@code escalated_at} and
 * {@code escalated_clock} (which stage's clock: {@link #clockKey}) attributes show it in every case
 * view and list; when the case moves on to a stage not overdue the marks are cleared.
 *
 * <p>Idempotent: a case already marked with a level for its stage is not written again. Safe on
 * several nodes: every mark is an update conditional on the version read ({@link
 * FeatureEdit#updateIfVersion}), so of two nodes escalating the same case at once one wins and the
 * other's edit is refused as a conflict and skipped.
 */
public final class OverdueEscalator {
  public static final String REASON = "超时升级";
  public static final String CLEARED = "新环节，解除超时升级";
  public static final String AUTHOR = "system";

  /** Tasks (and marked cases) read per page, and pages per run (the rest follow in the next). */
  static final int BATCH = 500;

  static final int MAX_PAGES = 40;

  /** The task-local variable holding the level a task was escalated to. */
  static final String TASK_LEVEL = "overdueLevel";

  private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();

  private final CaseEngine engine;
  private final FeatureStore store;
  private final StageClocks clocks;
  private final Clock clock;
  private volatile boolean schemaChecked;

  /**
   * One case marked by a run.
   *
   * @param level 1 (past the deadline) or 2 (past twice the limit); 0 when the mark was cleared
   */
  public record Escalation(String caseNo, String taskId, String taskKey, int level, Instant at) {}

  public OverdueEscalator(CaseEngine engine, FeatureStore store, StageClocks clocks, Clock clock) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.store = Objects.requireNonNull(store, "store");
    this.clocks = Objects.requireNonNull(clocks, "clocks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The escalation level of a stage at {@code now}: 0 before its deadline {@code due}, 1 after it,
   * 2 once the working time the clock has run exceeds twice its budget (limit plus extensions).
   * Without a clock (a task the clocks never saw) the due date alone decides: 0 or 1.
   */
  public static int level(
      Optional<CaseClock> clock, Instant due, Instant now, WorkingCalendar calendar) {
    Objects.requireNonNull(due, "due");
    if (!now.isAfter(due)) {
      return 0;
    }
    if (clock.isEmpty()) {
      return 1;
    }
    Duration twice = clock.get().budget().multipliedBy(2);
    return clock.get().elapsed(now, calendar).compareTo(twice) > 0 ? 2 : 1;
  }

  /** One round: marks what became overdue (or more overdue), clears marks of finished tasks. */
  public List<Escalation> run() {
    if (store.layer(CaseDesk.LAYER).isEmpty()) {
      return List.of();
    }
    ensureSchema();
    Instant now = clock.instant();
    WorkingCalendar calendar = clocks.calendar();
    List<Escalation> out = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      List<Task> overdue =
          engine
              .engine()
              .getTaskService()
              .createTaskQuery()
              .processDefinitionKey(CaseEngine.CITY_CASE)
              .taskDueBefore(Date.from(now))
              .includeProcessVariables()
              .includeTaskLocalVariables()
              .orderByTaskDueDate()
              .asc()
              .orderByTaskId()
              .asc()
              .listPage(page * BATCH, BATCH);
      for (Task t : overdue) {
        escalate(t, now, calendar).ifPresent(out::add);
      }
      if (overdue.size() < BATCH) {
        break;
      }
    }
    out.addAll(clearFinished(now));
    return out;
  }

  private Optional<Escalation> escalate(Task t, Instant now, WorkingCalendar calendar) {
    Object caseNo = t.getProcessVariables().get("caseNo");
    if (caseNo == null || t.getDueDate() == null) {
      return Optional.empty();
    }
    int level =
        level(StageClocks.read(t.getProcessVariables()), t.getDueDate().toInstant(), now, calendar);
    // The task remembers the level it reached: no store read for what is marked already.
    if (level == 0
        || (t.getTaskLocalVariables().get(TASK_LEVEL) instanceof Number n
            && n.intValue() >= level)) {
      return Optional.empty();
    }
    Optional<Feature> feature = store.get(CaseDesk.LAYER, caseNo.toString());
    if (feature.isEmpty()) {
      return Optional.empty();
    }
    String stageClock = clockKey(t.getId(), t.getProcessVariables());
    if (levelOf(feature.get(), stageClock) >= level) {
      remember(t, levelOf(feature.get(), stageClock));
      return Optional.empty();
    }
    Map<String, Object> marks = new HashMap<>();
    marks.put("overdue_level", level);
    marks.put("escalated_at", now);
    marks.put("escalated_clock", stageClock);
    if (!write(feature.get(), marks, REASON)) {
      return Optional.empty();
    }
    remember(t, level);
    return Optional.of(
        new Escalation(caseNo.toString(), t.getId(), t.getTaskDefinitionKey(), level, now));
  }

  /** Notes the level on the task (a hint; the case's version is what counts). */
  private void remember(Task t, int level) {
    try {
      engine.engine().getTaskService().setVariableLocal(t.getId(), TASK_LEVEL, level);
    } catch (FlowableException e) {
      // The case moved on meanwhile (its next task starts unmarked), or the task was being
      // completed: the hint is only an optimization, the next run reads the case instead.
    }
  }

  /**
   * Which stage's clock a task runs on: {@code REGISTER@<start millis>}. The tasks of one stage (立案
   * and its approval) share the clock, so they share the mark; a task without a clock is its own.
   */
  static String clockKey(String taskId, Map<String, Object> vars) {
    Object stage = vars.get("clockStage");
    Object start = vars.get("clockStart");
    return stage != null && start instanceof Number n
        ? stage + "@" + n.longValue()
        : "task:" + taskId;
  }

  /**
   * The level a case is marked with for the stage clock {@code stageClock}; 0 when none or
   * another's.
   */
  static int levelOf(Feature f, String stageClock) {
    if (!stageClock.equals(f.attribute("escalated_clock"))
        || !(f.attribute("overdue_level") instanceof Number n)) {
      return 0;
    }
    return n.intValue();
  }

  private List<Escalation> clearFinished(Instant now) {
    List<Feature> marked = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      var query =
          FeatureQuery.layer(CaseDesk.LAYER)
              .filter(FILTERS.greater(FILTERS.property("overdue_level"), FILTERS.literal(0)))
              .sortBy(new SortKey("case_no", true))
              .offset((long) page * BATCH)
              .limit(BATCH)
              .build();
      int n = 0;
      try (FeatureCursor c = store.query(query)) {
        while (c.hasNext()) {
          marked.add(c.next());
          n++;
        }
      }
      if (n < BATCH) {
        break;
      }
    }
    List<Escalation> out = new ArrayList<>();
    for (Feature f : marked) {
      Optional<Task> open =
          engine
              .engine()
              .getTaskService()
              .createTaskQuery()
              .processInstanceBusinessKey(f.id())
              .includeProcessVariables()
              .list()
              .stream()
              .findFirst();
      if (open.isPresent()
          && clockKey(open.get().getId(), open.get().getProcessVariables())
              .equals(f.attribute("escalated_clock"))) {
        continue;
      }
      Map<String, Object> marks = new HashMap<>();
      marks.put("overdue_level", null);
      marks.put("escalated_at", null);
      marks.put("escalated_clock", null);
      if (write(f, marks, CLEARED)) {
        out.add(
            new Escalation(f.id(), String.valueOf(f.attribute("escalated_clock")), null, 0, now));
      }
    }
    return out;
  }

  /** A conditional update: false when the case changed since it was read (another node). */
  private boolean write(Feature f, Map<String, Object> marks, String reason) {
    try {
      store.apply(
          CaseDesk.LAYER,
          List.of(FeatureEdit.updateIfVersion(f.id(), f.version().number(), null, marks)),
          EditContext.by(AUTHOR, reason));
      return true;
    } catch (GisException e) {
      if ("EDIT_CONFLICT".equals(e.code())) {
        return false;
      }
      throw e;
    }
  }

  /** The case layer gains the escalation attributes (optional, so history stays valid). */
  private void ensureSchema() {
    if (schemaChecked) {
      return;
    }
    synchronized (this) {
      if (schemaChecked) {
        return;
      }
      LayerDefinition layer = store.requireLayer(CaseDesk.LAYER);
      List<AttributeDefinition> missing = new ArrayList<>();
      if (layer.attribute("overdue_level").isEmpty()) {
        missing.add(AttributeDefinition.optional("overdue_level", AttributeType.INTEGER, "超时升级级别"));
      }
      if (layer.attribute("escalated_at").isEmpty()) {
        missing.add(AttributeDefinition.optional("escalated_at", AttributeType.TIMESTAMP, "升级时间"));
      }
      if (layer.attribute("escalated_clock").isEmpty()) {
        missing.add(
            AttributeDefinition.optional("escalated_clock", AttributeType.STRING, "升级环节计时"));
      }
      if (!missing.isEmpty()) {
        store.alterLayer(
            CaseDesk.LAYER,
            new LayerChange(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), missing));
      }
      schemaChecked = true;
    }
  }
}
