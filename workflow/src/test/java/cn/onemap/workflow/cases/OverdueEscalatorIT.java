package cn.onemap.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.workflow.calendar.CalendarEntry;
import cn.onemap.workflow.calendar.CalendarTable;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.calendar.WorkingHours;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.engine.CaseEngine;
import cn.onemap.workflow.settings.CaseRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 超时升级 on the real engine and store, both databases, with the rules swapped at run time: a task
 * created after Saturday 2026-03-07 became a make-up working day is due that Saturday; past its
 * deadline the case is marked level 1 (once, however often the escalator runs), past twice the
 * limit level 2; the approval of 立案 shares the stage's clock and its mark; when the case moves on
 * to a stage not yet due the mark is cleared.
 */
class OverdueEscalatorIT {
  private static final Actor ACCEPTOR =
      new Actor("a1", Set.of("ACCEPTOR"), Optional.empty(), Set.of());
  private static final Actor GRID_MANAGER =
      new Actor("gm1", Set.of("GRID_MANAGER"), Optional.empty(), Set.of("G1"));

  private static final Actor LEADER =
      new Actor("s1", Set.of("SHIFT_LEADER"), Optional.empty(), Set.of());

  private static TaskView task(CaseDesk desk, Actor actor, String caseNo) {
    return desk.tasks(actor).stream()
        .filter(t -> t.caseNo().equals(caseNo))
        .findFirst()
        .orElseThrow(() -> new AssertionError(actor.user() + " has no task of " + caseNo));
  }

  private static Instant beijing(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }
  }

  private static long versionsWith(FeatureStore store, String caseNo, String reason) {
    return store.history("events", caseNo).stream()
        .filter(v -> v.version().reason().orElse("").equals(reason))
        .count();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void overdueCasesAreMarkedOncePerLevelAndClearedWhenTheyMoveOn(Backend backend) throws Exception {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      FeatureStore store = fixture.store();
      CaseDeskIT.eventsLayer(store);
      TestClock clock = new TestClock(beijing("2026-03-06T17:00"));
      CalendarTable shipped = CalendarTable.load(WorkingCalendar.SHIPPED_YEARS);
      var rules = new AtomicReference<>(CaseRules.shipped());
      StageClocks clocks = new StageClocks(rules::get, CaseCategories.shipped(), clock);
      String schema = "wf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      try (CaseEngine engine =
          CaseEngine.open(fixture.store().dataSource(), schema, clocks::started)) {
        CaseDesk desk = new CaseDesk(engine, store, CaseDeskIT.LOCATOR, clocks, clock);
        OverdueEscalator escalator = new OverdueEscalator(engine, store, clocks, clock);

        // Friday 17:00, 1 h to register: Monday 09:00. With Saturday a working day: Saturday.
        CaseView monday = desk.report(CaseDeskIT.report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER);
        assertThat(monday.task().orElseThrow().dueAt()).contains(beijing("2026-03-09T09:00"));
        var rows = new ArrayList<CalendarEntry>(shipped.entries());
        rows.add(CalendarEntry.workday(LocalDate.of(2026, 3, 7), "测试调休"));
        rules.set(
            new CaseRules(
                WorkingCalendar.of(CalendarTable.of(shipped.years(), rows), WorkingHours.DEFAULT),
                TimeLimits.shipped()));
        CaseView saturday =
            desk.report(CaseDeskIT.report("暴露垃圾", 116.11, 24.29, null), GRID_MANAGER);
        assertThat(saturday.task().orElseThrow().dueAt()).contains(beijing("2026-03-07T09:00"));
        String no = saturday.caseNo();

        // Before the deadline nothing; after it level 1, once.
        clock.now = beijing("2026-03-07T09:00");
        assertThat(escalator.run()).isEmpty();
        clock.now = beijing("2026-03-07T09:30");
        List<OverdueEscalator.Escalation> first = escalator.run();
        assertThat(first).extracting(OverdueEscalator.Escalation::caseNo).containsExactly(no);
        assertThat(first.get(0).level()).isEqualTo(1);
        assertThat(escalator.run()).isEmpty();
        assertThat(store.get("events", no).orElseThrow().attribute("overdue_level")).isEqualTo(1);
        assertThat(store.get("events", monday.caseNo()).orElseThrow().attribute("overdue_level"))
            .isNull();

        // Twice the hour used (17:00–17:30 Friday, 08:30–10:01 Saturday): level 2, once.
        clock.now = beijing("2026-03-07T10:01");
        assertThat(escalator.run())
            .extracting(OverdueEscalator.Escalation::level)
            .containsExactly(2);
        assertThat(escalator.run()).isEmpty();
        assertThat(versionsWith(store, no, OverdueEscalator.REASON)).isEqualTo(2);

        // Registered: 值班长审核立案 runs on the same 立案 clock, so the mark stays and is not written
        // again; approved, the next stage (派遣) is not due yet, so the mark goes.
        desk.complete(task(desk, ACCEPTOR, no).id(), ACCEPTOR, CaseDeskIT.act("register", null));
        assertThat(escalator.run()).isEmpty();
        assertThat(store.get("events", no).orElseThrow().attribute("overdue_level")).isEqualTo(2);
        desk.complete(task(desk, LEADER, no).id(), LEADER, CaseDeskIT.act("approve", null));
        List<OverdueEscalator.Escalation> cleared = escalator.run();
        assertThat(cleared).extracting(OverdueEscalator.Escalation::level).containsExactly(0);
        assertThat(store.get("events", no).orElseThrow().attribute("overdue_level")).isNull();
        assertThat(escalator.run()).isEmpty();
        assertThat(versionsWith(store, no, OverdueEscalator.CLEARED)).isEqualTo(1);
        assertThat(versionsWith(store, no, OverdueEscalator.REASON)).isEqualTo(2);
      }
    }
  }
}
