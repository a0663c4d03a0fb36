package cn.onemap.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.cases.Actor;
import cn.onemap.workflow.cases.CaseDesk;
import cn.onemap.workflow.cases.CaseLocator;
import cn.onemap.workflow.cases.NewCase;
import cn.onemap.workflow.cases.StageClocks;
import cn.onemap.workflow.cases.TaskAction;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 综合评价 on the real engine and store, both databases, on a clock the test sets (the desk's, the
 * stage clocks' and the engine's own): six cases of the week of Monday 2 March 2026 — one closed on
 * time, one closed late (处置 took 8.5 of its 8 working hours), one reworked (核查 failed once), one
 * open past its deadline, one not registered (不予立案), one reported before the period — and the exact
 * counts, rates and working hours per department, grid and category.
 *
 * <p>Working hours are 08:30–12:00 and 14:00–17:30; 暴露垃圾 (一般) has 1 h for 立案 and 派遣, 8 h for 处置, 4
 * h for 核查, 1 h for 结案.
 */
class CaseEvaluationIT {
  private static final Actor GRID_MANAGER =
      new Actor("gm1", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1", "G2"));
  private static final Actor ACCEPTOR =
      new Actor("a1", Set.of("ACCEPTOR"), Optional.empty(), Set.of());
  private static final Actor LEADER =
      new Actor("s1", Set.of("SHIFT_LEADER"), Optional.empty(), Set.of());
  private static final Actor DISPATCHER =
      new Actor("d1", Set.of("DISPATCHER"), Optional.empty(), Set.of());
  private static final Map<String, Actor> HANDLERS =
      Map.of(
          "SZJ", new Actor("h1", Set.of("HANDLER"), Optional.of("SZJ"), Set.of()),
          "YLJ", new Actor("h2", Set.of("HANDLER"), Optional.of("YLJ"), Set.of()));

  /** Two unit grids side by side: G1 west of 116.11, G2 east of it. */
  private static final CaseLocator LOCATOR =
      (lon, lat) ->
          lon >= 116.10 && lon <= 116.12 && lat >= 24.28 && lat <= 24.30
              ? Optional.of(
                  new CaseLocator.Location(
                      lon < 116.11 ? "G1" : "G2", "C1", "S1", "X1", "", Optional.empty()))
              : Optional.empty();

  /** A clock the test moves; it moves the engine's clock (task and process times) with it. */
  private static final class TestTime extends Clock {
    private Instant now = Instant.now();
    private CaseEngine engine;

    void at(String beijing) {
      now = LocalDateTime.parse(beijing).atZone(WorkingCalendar.ZONE).toInstant();
      if (engine != null) {
        engine.engine().getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(now));
      }
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return WorkingCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private TestTime time;
  private CaseDesk desk;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void countsOnTimeReworkHandlingAndOverduePerGroup(Backend backend) {
    time = new TestTime();
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      eventsLayer(store);
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      StageClocks clocks =
          new StageClocks(
              WorkingCalendar.china(), TimeLimits.shipped(), CaseCategories.shipped(), time);
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, clocks::started)) {
        time.engine = engine;
        try {
          desk = new CaseDesk(engine, store, LOCATOR, clocks, time);
          driveCases();
          time.at("2026-03-04T09:00");
          CaseEvaluation evaluation = new CaseEvaluation(engine, WorkingCalendar.china(), time);
          EvaluationPeriod march = EvaluationPeriod.parse("2026-03-01", "2026-04-01");

          Evaluation byDepartment = evaluation.evaluate(march, GroupBy.DEPARTMENT);
          assertThat(byDepartment.rows())
              .extracting(EvaluationRow::key)
              .containsExactly("SZJ", "YLJ", "");
          Map<String, EvaluationRow> dept = byKey(byDepartment);
          assertThat(dept.get("SZJ"))
              .isEqualTo(row("SZJ", 2, 2, 1, 0.5, 2, 0, 0.0, 0, 5.25, 5.25, 0, 0));
          assertThat(dept.get("YLJ"))
              .isEqualTo(row("YLJ", 2, 1, 1, 1.0, 1, 1, 1.0, 1, 2.0, 2.0, 1, 0));
          assertThat(dept.get(""))
              .isEqualTo(
                  new EvaluationRow(
                      "",
                      1,
                      0,
                      0,
                      Optional.empty(),
                      0,
                      0,
                      Optional.empty(),
                      0,
                      Optional.empty(),
                      Optional.empty(),
                      0,
                      1));
          EvaluationRow total = row("", 5, 3, 2, 0.6667, 3, 1, 0.3333, 1, 4.17, 2.0, 1, 1);
          assertThat(byDepartment.total()).isEqualTo(total);

          Evaluation byGrid = evaluation.evaluate(march, GroupBy.GRID);
          assertThat(byGrid.total()).isEqualTo(total);
          assertThat(byKey(byGrid).get("G1"))
              .isEqualTo(row("G1", 4, 3, 2, 0.6667, 3, 1, 0.3333, 1, 4.17, 2.0, 0, 1));
          assertThat(byKey(byGrid).get("G2"))
              .isEqualTo(
                  new EvaluationRow(
                      "G2",
                      1,
                      0,
                      0,
                      Optional.empty(),
                      0,
                      0,
                      Optional.empty(),
                      0,
                      Optional.empty(),
                      Optional.empty(),
                      1,
                      0));

          Evaluation byCategory = evaluation.evaluate(march, GroupBy.CATEGORY);
          assertThat(byCategory.rows())
              .extracting(EvaluationRow::key, EvaluationRow::reported)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple("暴露垃圾", 4),
                  org.assertj.core.groups.Tuple.tuple("井盖破损", 1));

          // The case reported on 27 February is February's; an empty period has a zero total.
          EvaluationRow february =
              evaluation
                  .evaluate(EvaluationPeriod.parse("2026-02-01", "2026-03-01"), GroupBy.GRID)
                  .total();
          assertThat(february.reported()).isEqualTo(1);
          assertThat(february.overdueOpen()).isEqualTo(1);
          assertThat(
                  evaluation
                      .evaluate(EvaluationPeriod.parse("2026-03-03", "2026-03-04"), GroupBy.GRID)
                      .rows())
              .isEmpty();
        } finally {
          engine.engine().getProcessEngineConfiguration().getClock().reset();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = "H2GIS")
  void refusesPeriodsAndGroupingsItCannotRead(Backend backend) {
    for (String[] bad :
        new String[][] {
          {"2026-03-01", "2026-03-01"},
          {"2026-03-05", "2026-03-01"},
          {"2026-3-1", "2026-04-01"},
          {null, "2026-04-01"},
          {"2020-01-01", "2026-01-01"}
        }) {
      assertThatThrownBy(() -> EvaluationPeriod.parse(bad[0], bad[1]))
          .isInstanceOf(WorkflowException.class)
          .satisfies(
              e -> assertThat(((WorkflowException) e).code()).isEqualTo("INVALID_EVALUATION"));
    }
    assertThat(GroupBy.parse("Department")).isEqualTo(GroupBy.DEPARTMENT);
    assertThatThrownBy(() -> GroupBy.parse("street"))
        .satisfies(e -> assertThat(((WorkflowException) e).code()).isEqualTo("INVALID_EVALUATION"));
  }

  private void driveCases() {
    // On time: 处置 09:30–11:30 (2 h of 8).
    String onTime = dispatched("2026-03-02", "暴露垃圾", 116.105, "SZJ");
    act(onTime, "handle", HANDLERS.get("SZJ"), "2026-03-02T11:30", "done", null);
    closeAfterVerify(onTime, "2026-03-02T11:40", "2026-03-02T11:50");

    // Late: 处置 from 09:30 to 11:00 the next day: 6 + 2.5 = 8.5 working hours of 8.
    String late = dispatched("2026-03-02", "暴露垃圾", 116.105, "SZJ");
    act(late, "handle", HANDLERS.get("SZJ"), "2026-03-03T11:00", "done", null);
    closeAfterVerify(late, "2026-03-03T11:10", "2026-03-03T11:20");

    // Reworked: 处置 1 h, 核查 fails, 处置 again 1 h, passes; on time.
    String reworked = dispatched("2026-03-02", "暴露垃圾", 116.105, "YLJ");
    act(reworked, "handle", HANDLERS.get("YLJ"), "2026-03-02T10:30", "done", null);
    act(reworked, "verify", GRID_MANAGER, "2026-03-02T10:40", "fail", "仍有垃圾");
    act(reworked, "handle", HANDLERS.get("YLJ"), "2026-03-02T11:40", "done", null);
    closeAfterVerify(reworked, "2026-03-02T11:50", "2026-03-02T12:00");

    // Open: 处置 due 10:30 on 3 March, still open on 4 March (in grid G2).
    dispatched("2026-03-02", "暴露垃圾", 116.115, "YLJ");

    // 不予立案: never dispatched.
    time.at("2026-03-02T09:00");
    String rejected = desk.report(report("井盖破损", 116.105), GRID_MANAGER).caseNo();
    act(rejected, "register", ACCEPTOR, "2026-03-02T09:10", "reject", "不属城管范围");

    // February's.
    time.at("2026-02-27T09:00");
    desk.report(report("暴露垃圾", 116.105), GRID_MANAGER);
  }

  /** Reported at 09:00 of {@code day}, registered, approved and dispatched by 09:30. */
  private String dispatched(String day, String category, double lon, String department) {
    time.at(day + "T09:00");
    String no = desk.report(report(category, lon), GRID_MANAGER).caseNo();
    act(no, "register", ACCEPTOR, day + "T09:10", "register", null);
    act(no, "approveRegister", LEADER, day + "T09:20", "approve", null);
    time.at(day + "T09:30");
    desk.complete(
        taskOf(no, DISPATCHER, "dispatch"),
        DISPATCHER,
        new TaskAction(
            "dispatch",
            Optional.empty(),
            Optional.of(department),
            Optional.empty(),
            Optional.empty()));
    return no;
  }

  private void closeAfterVerify(String no, String verifyAt, String closeAt) {
    act(no, "verify", GRID_MANAGER, verifyAt, "pass", null);
    act(no, "close", LEADER, closeAt, "close", null);
  }

  private void act(String no, String key, Actor actor, String at, String outcome, String note) {
    time.at(at);
    desk.complete(
        taskOf(no, actor, key),
        actor,
        new TaskAction(
            outcome,
            Optional.ofNullable(note),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
  }

  private String taskOf(String no, Actor actor, String key) {
    return desk.tasks(actor).stream()
        .filter(t -> t.caseNo().equals(no) && t.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(actor.user() + " has no " + key + " of " + no))
        .id();
  }

  private static NewCase report(String category, double lon) {
    return new NewCase(
        category, "事件", "路口有问题", lon, 24.29, Urgency.NORMAL, Optional.empty(), Optional.empty());
  }

  private static Map<String, EvaluationRow> byKey(Evaluation e) {
    return e.rows().stream().collect(Collectors.toMap(EvaluationRow::key, Function.identity()));
  }

  private static EvaluationRow row(
      String key,
      int reported,
      int closed,
      int onTime,
      double onTimeRate,
      int verified,
      int reworked,
      double reworkRate,
      int rounds,
      double mean,
      double median,
      int overdue,
      int voided) {
    return new EvaluationRow(
        key,
        reported,
        closed,
        onTime,
        Optional.of(onTimeRate),
        verified,
        reworked,
        Optional.of(reworkRate),
        rounds,
        Optional.of(mean),
        Optional.of(median),
        overdue,
        voided);
  }

  private static void eventsLayer(FeatureStore store) {
    store.putCodeList(
        new CodeList(
            "cityman_case_status",
            "案件状态",
            "",
            List.of(new CodeEntry("已上报", "已上报", null), new CodeEntry("已结案", "已结案", null))));
    store.putCodeList(
        new CodeList(
            "cityman_case_category",
            "案件小类",
            "",
            List.of(new CodeEntry("暴露垃圾", "暴露垃圾", null), new CodeEntry("井盖破损", "井盖破损", null))));
    store.putCodeList(
        new CodeList("cityman_case_class", "案件大类", "", List.of(new CodeEntry("事件", "事件", null))));
    store.createLayer(
        LayerDefinition.of(
            "events",
            "城管事件",
            LayerKind.EVENT,
            GeometryType.POINT,
            List.of(
                AttributeDefinition.optional("case_no", AttributeType.STRING, "案件编号"),
                new AttributeDefinition(
                    "category", AttributeType.STRING, false, "案件小类", "cityman_case_category"),
                new AttributeDefinition(
                    "main_class", AttributeType.STRING, false, "案件大类", "cityman_case_class"),
                AttributeDefinition.optional("reported_at", AttributeType.TIMESTAMP, "上报时间"),
                AttributeDefinition.optional("closed_at", AttributeType.TIMESTAMP, "结案时间"),
                new AttributeDefinition(
                    "status", AttributeType.STRING, false, "状态", "cityman_case_status"),
                AttributeDefinition.optional("source", AttributeType.STRING, "来源"),
                AttributeDefinition.optional("bgid", AttributeType.STRING, "单元网格代码"),
                AttributeDefinition.optional("community_code", AttributeType.STRING, "社区村代码"))));
  }
}
