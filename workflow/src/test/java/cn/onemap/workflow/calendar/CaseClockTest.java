package cn.onemap.workflow.calendar;

import static cn.onemap.workflow.calendar.Beijing.at;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.workflow.WorkflowException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseClockTest {
  private static final WorkingCalendar CAL = WorkingCalendar.china();

  /** 处置 within 8 working hours, from Friday 2026-03-06 16:00. */
  private static final CaseClock HANDLE = CaseClock.start(at("2026-03-06T16:00"), ofHours(8));

  @Test
  void runningClock() {
    assertThat(HANDLE.deadline(CAL)).contains(at("2026-03-09T17:00"));
    assertThat(HANDLE.elapsed(at("2026-03-09T09:30"), CAL)).isEqualTo(Duration.ofMinutes(150));
    assertThat(HANDLE.remaining(at("2026-03-09T09:30"), CAL)).isEqualTo(ofMinutes(330));
    assertThat(HANDLE.elapsed(at("2026-03-06T10:00"), CAL)).as("before the start").isZero();
  }

  @Test
  void overdueAndRemaining() {
    assertThat(HANDLE.isOverdue(at("2026-03-09T17:00"), CAL)).as("at the deadline").isFalse();
    assertThat(HANDLE.remaining(at("2026-03-09T17:00"), CAL)).isZero();
    assertThat(HANDLE.isOverdue(at("2026-03-09T17:00:01"), CAL)).isTrue();
    assertThat(HANDLE.remaining(at("2026-03-09T17:00:01"), CAL)).isEqualTo(Duration.ofSeconds(-1));
    // At night the clock stands: 30 working minutes past the deadline until 08:30 next day.
    assertThat(HANDLE.remaining(at("2026-03-09T23:00"), CAL)).isEqualTo(ofMinutes(-30));
    assertThat(HANDLE.remaining(at("2026-03-10T09:00"), CAL)).isEqualTo(ofMinutes(-60));
    assertThat(HANDLE.isOverdue(at("2026-03-09T23:00"), CAL)).isTrue();
  }

  @Test
  void pausedOverAWeekendAndExtended() {
    // Fri 16:00 start; 挂账 at Fri 17:00 after 1 h; resumed Mon 10:00 (Mon 08:30–10:00 paused too).
    CaseClock paused = HANDLE.pause(at("2026-03-06T17:00"));
    assertThat(paused.isPaused()).isTrue();
    assertThat(paused.deadline(CAL)).as("unknown while paused").isEmpty();
    assertThat(paused.isOverdue(at("2026-03-20T10:00"), CAL)).isFalse();
    assertThat(paused.remaining(at("2026-03-09T11:00"), CAL)).as("frozen").isEqualTo(ofHours(7));

    CaseClock resumed = paused.resume(at("2026-03-09T10:00"));
    assertThat(resumed.isPaused()).isFalse();
    // 7 h left from Mon 10:00: 2 h + 3.5 h Monday, 1.5 h Tuesday.
    assertThat(resumed.deadline(CAL)).contains(at("2026-03-10T10:00"));
    assertThat(resumed.elapsed(at("2026-03-09T11:00"), CAL)).isEqualTo(ofHours(2));

    CaseClock extended = resumed.extend(ofHours(2));
    assertThat(extended.budget()).isEqualTo(ofHours(10));
    assertThat(extended.deadline(CAL)).contains(at("2026-03-10T12:00"));
    assertThat(extended.remaining(at("2026-03-09T11:00"), CAL)).isEqualTo(ofHours(8));
    assertThat(extended.isOverdue(at("2026-03-10T11:59"), CAL)).isFalse();
    assertThat(extended.isOverdue(at("2026-03-10T14:00:01"), CAL)).isTrue();
    assertThat(extended.pauses()).hasSize(1);
    assertThat(HANDLE.pauses()).as("immutable").isEmpty();
  }

  @Test
  void twoPausesAndADeadlineThatPassedBeforeThePause() {
    CaseClock clock =
        HANDLE
            .pause(at("2026-03-09T09:00"))
            .resume(at("2026-03-09T14:00"))
            .pause(at("2026-03-10T09:00"))
            .resume(at("2026-03-10T09:00"));
    // Ran: Fri 1.5 h, Mon 08:30–09:00 0.5 h, Mon 14:00–17:30 3.5 h, Tue 08:30–09:00 0.5 h = 6 h.
    assertThat(clock.deadline(CAL)).contains(at("2026-03-10T11:00"));
    CaseClock late = HANDLE.pause(at("2026-03-10T09:00"));
    assertThat(late.deadline(CAL)).contains(at("2026-03-09T17:00"));
    assertThat(late.isOverdue(at("2026-03-11T09:00"), CAL)).isTrue();
    assertThat(late.remaining(at("2026-03-11T09:00"), CAL)).isEqualTo(ofMinutes(-60));
  }

  @Test
  void invalidChangesSayWhy() {
    assertThatThrownBy(() -> HANDLE.resume(at("2026-03-09T10:00")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("not paused");
    CaseClock paused = HANDLE.pause(at("2026-03-06T17:00"));
    assertThatThrownBy(() -> paused.pause(at("2026-03-09T10:00")))
        .hasMessageContaining("already paused since 2026-03-06T09:00:00Z");
    assertThatThrownBy(() -> paused.resume(at("2026-03-06T16:30")))
        .hasMessageContaining("before the pause began");
    assertThatThrownBy(() -> HANDLE.pause(at("2026-03-06T15:00")))
        .hasMessageContaining("begins before 2026-03-06T08:00:00Z");
    assertThatThrownBy(() -> HANDLE.extend(ofHours(-1))).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> CaseClock.start(at("2026-03-06T16:00"), ofHours(-1)))
        .hasMessageContaining("must not be negative");
    var open = new CaseClock.Pause(at("2026-03-06T17:00"), null);
    var closed = new CaseClock.Pause(at("2026-03-09T09:00"), at("2026-03-09T10:00"));
    assertThatThrownBy(
            () ->
                new CaseClock(at("2026-03-06T16:00"), ofHours(8), List.of(open, closed), List.of()))
        .hasMessageContaining("only the last pause may be open");
    assertThat(((WorkflowException) catchCode(() -> HANDLE.resume(at("2026-03-09T10:00")))).code())
        .isEqualTo("CLOCK_NOT_PAUSED");
  }

  private static Throwable catchCode(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }
}
