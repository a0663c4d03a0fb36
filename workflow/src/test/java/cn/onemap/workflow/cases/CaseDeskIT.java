package cn.onemap.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.CodeEntry;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.category.Urgency;
import cn.onemap.workflow.engine.CaseEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 数字城管 case process on the real engine and store, both databases: a grid manager's report
 * (filed with its grid, sent twice with one key, refused outside the city or with an unknown
 * category), every branch a case can take — 立案 with the 值班长's approval, 派遣, 回退, 延期, 挂账, 返工, 结案;
 * 不予立案 and 合并 — each step only for its roles, acting twice refused, and every step a version of the
 * case feature (the time slider's view of the case).
 */
class CaseDeskIT {
  private static final Actor GRID_MANAGER =
      new Actor("gm1", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1"));
  private static final Actor OTHER_GRID =
      new Actor("gm2", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G2"));
  private static final Actor ACCEPTOR =
      new Actor("a1", Set.of("ACCEPTOR"), Optional.empty(), Set.of());
  private static final Actor LEADER =
      new Actor("s1", Set.of("SHIFT_LEADER"), Optional.empty(), Set.of());
  private static final Actor DISPATCHER =
      new Actor("d1", Set.of("DISPATCHER"), Optional.empty(), Set.of());
  private static final Actor WATER =
      new Actor("h1", Set.of("HANDLER"), Optional.of("SZJ"), Set.of());
  private static final Actor PARKS =
      new Actor("h2", Set.of("HANDLER"), Optional.of("YLJ"), Set.of());

  /** One unit grid G1: the box 116.10–116.12, 24.28–24.30. */
  static final CaseLocator LOCATOR =
      (lon, lat) ->
          lon >= 116.10 && lon <= 116.12 && lat >= 24.28 && lat <= 24.30
              ? Optional.of(
                  new CaseLocator.Location(
                      "G1", "C1", "S1", "X1", "梅江区 江南街道", Optional.of("梅江区江南路1号")))
              : Optional.empty();

  static void eventsLayer(FeatureStore store) {
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
            List.of(
                new CodeEntry("暴露垃圾", "暴露垃圾", null),
                new CodeEntry("井盖破损", "井盖破损", null),
                new CodeEntry("路灯不亮", "路灯不亮", null))));
    store.putCodeList(
        new CodeList(
            "cityman_case_class",
            "案件大类",
            "",
            List.of(new CodeEntry("部件", "部件", null), new CodeEntry("事件", "事件", null))));
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

  static NewCase report(String category, double lon, double lat, String key) {
    return new NewCase(
        category,
        "事件",
        "江南路口有暴露垃圾",
        lon,
        lat,
        Urgency.NORMAL,
        Optional.empty(),
        Optional.ofNullable(key));
  }

  static TaskAction act(String outcome, String note) {
    return new TaskAction(
        outcome, Optional.ofNullable(note), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static TaskAction dispatchTo(String department) {
    return new TaskAction(
        "dispatch", Optional.empty(), Optional.of(department), Optional.empty(), Optional.empty());
  }

  /** The open task of the case, as the actor's inbox lists it. */
  private static TaskView taskOf(CaseDesk desk, Actor actor, String caseNo, String key) {
    return desk.tasks(actor).stream()
        .filter(t -> t.caseNo().equals(caseNo))
        .findFirst()
        .map(
            t -> {
              assertThat(t.key()).as("the step of " + caseNo).isEqualTo(key);
              return t;
            })
        .orElseThrow(() -> new AssertionError(actor.user() + " has no task of " + caseNo));
  }

  private static String code(Throwable e) {
    return ((WorkflowException) e).code();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aCaseGoesThroughEveryBranchToClosure(Backend backend) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      eventsLayer(store);
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      StageClocks clocks =
          new StageClocks(
              cn.onemap.workflow.calendar.WorkingCalendar.china(),
              cn.onemap.workflow.category.TimeLimits.shipped(),
              cn.onemap.workflow.category.CaseCategories.shipped(),
              Clock.systemUTC());
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, CaseDesk.taskHook(clocks))) {
        CaseDesk desk = new CaseDesk(engine, store, LOCATOR, clocks, Clock.systemUTC());

        // Reported: filed with its grid and address; the same key again is the same case.
        CaseView reported = desk.report(report("暴露垃圾", 116.11, 24.29, "phone-1"), GRID_MANAGER);
        String no = reported.caseNo();
        assertThat(reported.attributes())
            .containsEntry("status", "已上报")
            .containsEntry("bgid", "G1")
            .containsEntry("street_code", "S1")
            .containsEntry("county_code", "X1")
            .containsEntry("area_name", "梅江区 江南街道")
            .containsEntry("address", "梅江区江南路1号")
            .containsEntry("reporter", "gm1");
        assertThat(desk.report(report("暴露垃圾", 116.11, 24.29, "phone-1"), GRID_MANAGER).caseNo())
            .isEqualTo(no);
        // One offline report sent twice at the same moment (two tabs, two nodes) is one case.
        String sentTwice;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
          java.util.concurrent.Callable<String> send =
              () -> desk.report(report("暴露垃圾", 116.11, 24.29, "phone-2"), GRID_MANAGER).caseNo();
          var sends = pool.invokeAll(java.util.Collections.nCopies(4, send));
          java.util.Set<String> made = new java.util.HashSet<>();
          for (var sent : sends) {
            made.add(sent.get());
          }
          assertThat(made).hasSize(1).doesNotContain(no);
          sentTwice = made.iterator().next();
        } finally {
          pool.shutdown();
        }
        assertThatThrownBy(() -> desk.report(report("暴露垃圾", 116.5, 24.29, null), GRID_MANAGER))
            .satisfies(e -> assertThat(code(e)).isEqualTo("OUTSIDE_CITY"));
        assertThatThrownBy(() -> desk.report(report("乱涂乱画", 116.11, 24.29, null), GRID_MANAGER))
            .satisfies(e -> assertThat(code(e)).isEqualTo("UNKNOWN_CATEGORY"));
        assertThat(store.count(FeatureQuery.layer("events").build())).isEqualTo(2);

        // 受理立案 is the acceptor's, not the grid manager's; its clock runs in working time.
        TaskView register = taskOf(desk, ACCEPTOR, no, "register");
        assertThat(register.dueAt()).isPresent();
        assertThat(reported.attributes().get("due_at")).isNotNull();
        assertThat(register.actions()).contains("register", "reject", "merge");
        assertThatThrownBy(() -> desk.complete(register.id(), GRID_MANAGER, act("register", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_TASK"));
        assertThatThrownBy(() -> desk.complete(register.id(), ACCEPTOR, act("reject", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_FORM"));
        desk.complete(register.id(), ACCEPTOR, act("register", null));
        assertThatThrownBy(() -> desk.complete(register.id(), ACCEPTOR, act("register", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("TASK_DONE"));
        desk.complete(
            taskOf(desk, LEADER, no, "approveRegister").id(), LEADER, act("approve", null));

        // 派遣 to the water department; it returns it (回退), is dispatched again.
        TaskView dispatch = taskOf(desk, DISPATCHER, no, "dispatch");
        assertThatThrownBy(() -> desk.complete(dispatch.id(), DISPATCHER, act("dispatch", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_FORM"));
        desk.complete(dispatch.id(), DISPATCHER, dispatchTo("YLJ"));
        assertThat(desk.tasks(WATER)).noneMatch(t -> t.caseNo().equals(no));
        desk.complete(taskOf(desk, PARKS, no, "handle").id(), PARKS, act("return", "不属本部门"));
        desk.complete(taskOf(desk, DISPATCHER, no, "dispatch").id(), DISPATCHER, dispatchTo("SZJ"));
        TaskView handle = taskOf(desk, WATER, no, "handle");
        // The inbox's two plans (from the caller's links, or walking every open task) agree.
        var taskService = engine.engine().getTaskService();
        for (Actor who : List.of(WATER, PARKS, ACCEPTOR, GRID_MANAGER, DISPATCHER, LEADER)) {
          assertThat(CaseDesk.inbox(taskService, who, 1))
              .as(who.user())
              .extracting(org.flowable.task.api.Task::getId)
              .containsExactlyInAnyOrderElementsOf(
                  CaseDesk.inbox(taskService, who, Integer.MAX_VALUE).stream()
                      .map(org.flowable.task.api.Task::getId)
                      .toList());
        }
        assertThat(CaseDesk.inbox(taskService, WATER, Integer.MAX_VALUE))
            .extracting(org.flowable.task.api.Task::getId)
            .contains(handle.id());
        assertThatThrownBy(() -> desk.complete(handle.id(), PARKS, act("done", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_TASK"));

        // 延期 approved, 挂账 approved and resumed.
        desk.complete(
            handle.id(),
            WATER,
            new TaskAction(
                "extend",
                Optional.of("需协调清运车辆"),
                Optional.empty(),
                Optional.of(4),
                Optional.empty()));
        desk.complete(
            taskOf(desk, LEADER, no, "approveExtension").id(), LEADER, act("approve", null));
        desk.complete(taskOf(desk, WATER, no, "handle").id(), WATER, act("suspend", "等待产权单位"));
        desk.complete(
            taskOf(desk, LEADER, no, "approveSuspension").id(), LEADER, act("approve", null));
        CaseView suspended = desk.get(no, LEADER).orElseThrow();
        assertThat(suspended.attributes()).containsEntry("status", "已挂账");
        // The clock stops while suspended: no deadline.
        assertThat(suspended.attributes().get("due_at")).isNull();
        assertThat(suspended.task().orElseThrow().dueAt()).isEmpty();
        Instant whileSuspended = Instant.now();
        Thread.sleep(20);
        desk.complete(taskOf(desk, LEADER, no, "suspended").id(), LEADER, act("resume", null));

        // 处置 done; 核查 fails (返工); done again; 核查 passes; 结案.
        desk.complete(taskOf(desk, WATER, no, "handle").id(), WATER, act("done", null));
        assertThatThrownBy(
                () ->
                    desk.complete(
                        taskOf(desk, GRID_MANAGER, no, "verify").id(),
                        OTHER_GRID,
                        act("pass", null)))
            .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_YOUR_TASK"));
        desk.complete(
            taskOf(desk, GRID_MANAGER, no, "verify").id(), GRID_MANAGER, act("fail", "仍有垃圾"));
        desk.complete(taskOf(desk, WATER, no, "handle").id(), WATER, act("done", null));
        desk.complete(
            taskOf(desk, GRID_MANAGER, no, "verify").id(), GRID_MANAGER, act("pass", null));
        desk.complete(taskOf(desk, LEADER, no, "close").id(), LEADER, act("close", null));

        CaseView closed = desk.get(no, LEADER).orElseThrow();
        assertThat(closed.attributes())
            .containsEntry("status", "已结案")
            .containsEntry("department", "SZJ");
        assertThat(closed.attributes().get("closed_at")).isNotNull();
        assertThat(closed.task()).isEmpty();
        assertThat(closed.history())
            .extracting(CaseView.Step::status)
            .containsSubsequence(
                "已上报", "待审核立案", "已立案", "处置中", "已立案", "处置中", "延期审批中", "处置中", "挂账审批中", "已挂账", "处置中",
                "待核查", "处置中", "待核查", "待结案", "已结案");
        assertThat(closed.history())
            .extracting(CaseView.Step::by)
            .contains("gm1", "a1", "h2", "s1");
        assertThat(closed.history().get(closed.history().size() - 1).reason()).contains("结案");
        // The case as it was while suspended.
        assertThat(store.get("events", no, whileSuspended).orElseThrow().attribute("status"))
            .isEqualTo("已挂账");

        // Who sees it: its grid's manager, the department it went to, the centre; not another grid.
        assertThat(desk.get(no, OTHER_GRID)).isEmpty();
        assertThat(desk.get(no, WATER)).isPresent();
        CaseQuery all = CaseQuery.all(100);
        assertThat(desk.list(all, OTHER_GRID)).isEmpty();
        assertThat(desk.list(all, GRID_MANAGER))
            .extracting(CaseView::caseNo)
            .containsExactlyInAnyOrder(no, sentTwice);

        // 不予立案 and 合并 end a case at once.
        String rejected = desk.report(report("井盖破损", 116.105, 24.285, null), GRID_MANAGER).caseNo();
        desk.complete(
            taskOf(desk, ACCEPTOR, rejected, "register").id(), ACCEPTOR, act("reject", "不属城管范围"));
        assertThat(desk.get(rejected, ACCEPTOR).orElseThrow().attributes())
            .containsEntry("status", "不予立案");
        String duplicate = desk.report(report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER).caseNo();
        TaskView dup = taskOf(desk, ACCEPTOR, duplicate, "register");
        assertThatThrownBy(
                () ->
                    desk.complete(
                        dup.id(),
                        ACCEPTOR,
                        new TaskAction(
                            "merge",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("CG404"))))
            .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_OUTCOME"));
        desk.complete(
            dup.id(),
            ACCEPTOR,
            new TaskAction(
                "merge", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(no)));
        assertThat(desk.get(duplicate, ACCEPTOR).orElseThrow().attributes())
            .containsEntry("status", "已作废");
        assertThat(desk.list(CaseQuery.all(10).withStatus("已结案"), LEADER))
            .extracting(CaseView::caseNo)
            .containsExactly(no);
        // Pages and periods: newest first, the next page starts where the first ended.
        List<String> newest =
            desk.list(CaseQuery.all(100), LEADER).stream().map(CaseView::caseNo).toList();
        assertThat(newest).hasSizeGreaterThanOrEqualTo(4);
        assertThat(desk.list(CaseQuery.all(2).withOffset(2), LEADER))
            .extracting(CaseView::caseNo)
            .containsExactlyElementsOf(newest.subList(2, 4));
        Instant rejectedAt =
            (Instant) desk.get(rejected, LEADER).orElseThrow().attributes().get("reported_at");
        assertThat(
                desk.list(
                    CaseQuery.all(100).withReported(Optional.of(rejectedAt), Optional.empty()),
                    LEADER))
            .extracting(CaseView::caseNo)
            .contains(rejected, duplicate)
            .doesNotContain(no);
        assertThat(
                desk.list(
                    CaseQuery.all(100).withReported(Optional.empty(), Optional.of(rejectedAt)),
                    LEADER))
            .extracting(CaseView::caseNo)
            .contains(no)
            .doesNotContain(rejected, duplicate);
      }
    }
  }

  /**
   * A 部件 problem names the nearest part of its class within 50 m and suggests dispatching to that
   * part's owner; an 事件 suggests its category's usual department.
   */
  @ParameterizedTest
  @EnumSource(Backend.class)
  void aPartProblemNamesTheNearestPartAndItsOwner(Backend backend) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      eventsLayer(store);
      store.createLayer(
          LayerDefinition.of(
              "city_parts",
              "城市管理部件",
              LayerKind.CITY_PART,
              GeometryType.POINT,
              List.of(
                  AttributeDefinition.optional("obj_id", AttributeType.STRING, "部件标识码"),
                  AttributeDefinition.optional("obj_name", AttributeType.STRING, "部件名称"),
                  AttributeDefinition.optional("minor_code", AttributeType.STRING, "小类代码"),
                  AttributeDefinition.optional("dept_code", AttributeType.STRING, "主管部门代码"))));
      var points = new org.locationtech.jts.geom.GeometryFactory();
      // Two street lamps, ~22 m and ~45 m east of the report, a lamp of another owner 200 m away,
      // and a manhole cover (another class) right at the point.
      store.apply(
          "city_parts",
          List.of(
              part(points, "L-NEAR", 116.1102, "0119", "LAMPS-A"),
              part(points, "L-FAR", 116.11044, "0119", "LAMPS-B"),
              part(points, "L-OUT", 116.112, "0119", "LAMPS-C"),
              part(points, "W-AT", 116.11, "0101", "WATER")),
          cn.onemap.core.feature.EditContext.by("loader", "部件普查"));
      StageClocks clocks =
          new StageClocks(
              cn.onemap.workflow.calendar.WorkingCalendar.china(),
              cn.onemap.workflow.category.TimeLimits.shipped(),
              cn.onemap.workflow.category.CaseCategories.shipped(),
              Clock.systemUTC());
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, CaseDesk.taskHook(clocks))) {
        CaseDesk desk = new CaseDesk(engine, store, LOCATOR, clocks, Clock.systemUTC());
        NewCase lamp =
            new NewCase(
                "路灯不亮",
                "部件",
                "路灯夜间不亮",
                116.11,
                24.29,
                Urgency.NORMAL,
                Optional.empty(),
                Optional.empty());
        assertThat(desk.report(lamp, GRID_MANAGER).attributes())
            .containsEntry("part_id", "L-NEAR")
            .containsEntry("suggested_department", "LAMPS-A");
        // No lamp within 50 m: no part, the category's usual department (CG02).
        NewCase farLamp =
            new NewCase(
                "路灯不亮",
                "部件",
                "路灯夜间不亮",
                116.1165,
                24.29,
                Urgency.NORMAL,
                Optional.empty(),
                Optional.empty());
        var far = desk.report(farLamp, GRID_MANAGER).attributes();
        assertThat(far.get("part_id")).isNull();
        assertThat(far).containsEntry("suggested_department", "CG02");
        var litter = desk.report(report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER).attributes();
        assertThat(litter.get("part_id")).isNull();
        assertThat(litter).containsEntry("suggested_department", "HW01");
      }
    }
  }

  private static cn.onemap.core.feature.FeatureEdit part(
      org.locationtech.jts.geom.GeometryFactory points,
      String id,
      double lon,
      String minor,
      String dept) {
    return cn.onemap.core.feature.FeatureEdit.insert(
        id,
        points.createPoint(new org.locationtech.jts.geom.Coordinate(lon, 24.29)),
        java.util.Map.of("obj_id", id, "obj_name", "路灯", "minor_code", minor, "dept_code", dept));
  }
}
