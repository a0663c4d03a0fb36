package cn.onemap.workflow.evaluation;

import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;

/**
 * 综合评价 of the 数字城管 cases reported in a period: one {@link EvaluationRow} per department, unit grid
 * or category, and the city-wide total ({@link CaseFacts} says what each count means).
 *
 * <p>A case belongs to the period it was reported in (the 数字城管 convention: a case reported in March
 * and closed in April counts for March), that is when its {@link CaseEngine#CITY_CASE} process
 * started. Only cases that went through the engine are evaluated: cases loaded from earlier records
 * into the {@code events} layer have no steps, deadlines or departments to judge.
 *
 * <p>Three queries on the engine's history, however many cases: the processes started in the
 * period, their grouping variable (department, grid or category, as the process holds it: the last
 * department dispatched to), and all their user tasks (created, finished, due). The facts of each
 * case are then computed in memory — about 1 kB per case, so 100,000 cases stay well within a
 * portal's heap.
 */
public final class CaseEvaluation {
  private final CaseEngine engine;
  private final WorkingCalendar calendar;
  private final Clock clock;

  public CaseEvaluation(CaseEngine engine, WorkingCalendar calendar, Clock clock) {
    this.engine = engine;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The evaluation of the cases reported in {@code period}, grouped {@code by}. */
  public Evaluation evaluate(EvaluationPeriod period, GroupBy by) {
    Instant now = clock.instant();
    HistoryService history = engine.engine().getHistoryService();
    String prefix = engine.engine().getProcessEngineConfiguration().getDatabaseTablePrefix();
    String cases =
        " JOIN "
            + prefix
            + "ACT_HI_PROCINST P ON %s.PROC_INST_ID_ = P.ID_"
            + " JOIN "
            + prefix
            + "ACT_RE_PROCDEF D ON D.ID_ = P.PROC_DEF_ID_"
            + " WHERE D.KEY_ = #{key} AND P.START_TIME_ >= #{from} AND P.START_TIME_ < #{to}";
    Map<String, Object> params =
        Map.of(
            "key", CaseEngine.CITY_CASE,
            "from", Date.from(period.start()),
            "to", Date.from(period.end()));

    var processQuery =
        history
            .createNativeHistoricProcessInstanceQuery()
            .sql(
                "SELECT P.* FROM "
                    + prefix
                    + "ACT_HI_PROCINST P JOIN "
                    + prefix
                    + "ACT_RE_PROCDEF D ON D.ID_ = P.PROC_DEF_ID_"
                    + " WHERE D.KEY_ = #{key} AND P.START_TIME_ >= #{from}"
                    + " AND P.START_TIME_ < #{to}");
    params.forEach(processQuery::parameter);
    List<HistoricProcessInstance> processes = processQuery.list();

    var variableQuery =
        history
            .createNativeHistoricVariableInstanceQuery()
            .sql(
                "SELECT V.* FROM "
                    + prefix
                    + "ACT_HI_VARINST V"
                    + cases.formatted("V")
                    + " AND V.NAME_ = #{name}");
    params.forEach(variableQuery::parameter);
    variableQuery.parameter("name", by.variable());
    Map<String, String> keyOf = new HashMap<>();
    for (HistoricVariableInstance v : variableQuery.list()) {
      if (v.getValue() != null) {
        keyOf.put(v.getProcessInstanceId(), v.getValue().toString());
      }
    }

    var taskQuery =
        history
            .createNativeHistoricTaskInstanceQuery()
            .sql("SELECT T.* FROM " + prefix + "ACT_HI_TASKINST T" + cases.formatted("T"));
    params.forEach(taskQuery::parameter);
    Map<String, List<CaseFacts.Step>> steps = new HashMap<>();
    for (HistoricTaskInstance t : taskQuery.list()) {
      steps
          .computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>())
          .add(
              new CaseFacts.Step(
                  t.getTaskDefinitionKey(),
                  t.getCreateTime().toInstant(),
                  Optional.ofNullable(t.getEndTime()).map(Date::toInstant),
                  Optional.ofNullable(t.getDueDate()).map(Date::toInstant)));
    }

    Map<String, CaseTally> groups = new HashMap<>();
    CaseTally total = new CaseTally();
    for (HistoricProcessInstance p : processes) {
      Optional<String> end =
          p.getEndTime() == null
              ? Optional.empty()
              : Optional.of(Optional.ofNullable(p.getEndActivityId()).orElse(""));
      CaseFacts facts = CaseFacts.of(steps.getOrDefault(p.getId(), List.of()), end, now, calendar);
      total.add(facts);
      groups.computeIfAbsent(keyOf.getOrDefault(p.getId(), ""), k -> new CaseTally()).add(facts);
    }
    List<EvaluationRow> rows =
        groups.entrySet().stream()
            .sorted(
                Comparator.<Map.Entry<String, CaseTally>>comparingInt(e -> -e.getValue().reported())
                    .thenComparing(Map.Entry::getKey))
            .map(e -> e.getValue().row(e.getKey()))
            .toList();
    return new Evaluation(period, by, now, rows, total.row(""));
  }
}
