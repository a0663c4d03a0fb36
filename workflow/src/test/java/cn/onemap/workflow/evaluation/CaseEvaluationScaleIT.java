package cn.onemap.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.cases.StageClocks;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 综合评价 of many cases (not in the default build: {@code -Donemap.bench.cases=10000}): that many
 * processes run straight on the engine (no store, to be quick), four in five closed, one in ten
 * reworked once, the rest waiting for 处置; the evaluation's three queries and its arithmetic are
 * timed and the totals checked.
 */
@EnabledIfSystemProperty(named = "onemap.bench.cases", matches = "\\d+")
class CaseEvaluationScaleIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void evaluatesTensOfThousandsOfCasesInAFewQueries(Backend backend) {
    int n = Integer.getInteger("onemap.bench.cases");
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      StageClocks clocks =
          new StageClocks(
              WorkingCalendar.china(),
              TimeLimits.shipped(),
              CaseCategories.shipped(),
              Clock.systemUTC());
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, clocks::started)) {
        RuntimeService runtime = engine.engine().getRuntimeService();
        TaskService tasks = engine.engine().getTaskService();
        long built = System.nanoTime();
        int closed = 0;
        int reworked = 0;
        for (int i = 0; i < n; i++) {
          String department = "D" + (i % 12);
          String pid =
              runtime
                  .startProcessInstanceByKey(
                      CaseEngine.CITY_CASE,
                      "B" + i,
                      Map.of(
                          "caseNo", "B" + i,
                          "grid", "G" + (i % 300),
                          "category", "暴露垃圾",
                          "urgency", "NORMAL",
                          "verifier", "",
                          "reporter", "bench"))
                  .getId();
          step(tasks, pid, Map.of("outcome", "register"));
          step(tasks, pid, Map.of("outcome", "approve"));
          step(tasks, pid, Map.of("outcome", "dispatch", "department", department));
          if (i % 5 == 4) {
            continue;
          }
          step(tasks, pid, Map.of("outcome", "done"));
          if (i % 10 == 0) {
            step(tasks, pid, Map.of("outcome", "fail"));
            step(tasks, pid, Map.of("outcome", "done"));
            reworked++;
          }
          step(tasks, pid, Map.of("outcome", "pass"));
          step(tasks, pid, Map.of("outcome", "close"));
          closed++;
        }
        System.out.printf(
            "%s: %d cases driven in %d s%n",
            backend, n, (System.nanoTime() - built) / 1_000_000_000);
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        CaseEvaluation evaluation =
            new CaseEvaluation(engine, WorkingCalendar.china(), Clock.systemUTC());
        for (GroupBy by : GroupBy.values()) {
          long started = System.nanoTime();
          Evaluation e =
              evaluation.evaluate(new EvaluationPeriod(today.minusDays(1), today.plusDays(1)), by);
          System.out.printf(
              "%s: evaluation of %d cases by %s in %d ms, %d rows%n",
              backend, n, by, (System.nanoTime() - started) / 1_000_000, e.rows().size());
          assertThat(e.total().reported()).isEqualTo(n);
          assertThat(e.total().closed()).isEqualTo(closed);
          assertThat(e.total().reworked()).isEqualTo(reworked);
        }
      }
    }
  }

  private static void step(TaskService tasks, String pid, Map<String, Object> vars) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(), vars);
  }
}
