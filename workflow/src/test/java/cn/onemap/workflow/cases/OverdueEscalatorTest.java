package cn.onemap.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.workflow.calendar.CaseClock;
import cn.onemap.workflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which level a stage is escalated to, on the shipped calendar (08:30–12:00, 14:00–17:30). */
class OverdueEscalatorTest {
  private static final WorkingCalendar CAL = WorkingCalendar.china();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }

  @Test
  void levelsFollowTheDeadlineAndTwiceTheBudget() {
    // Friday 2026-03-06 16:00, 2 working hours: due Monday 09:00 (1.5 h on Friday, 0.5 h Monday).
    CaseClock clock = CaseClock.start(at("2026-03-06T16:00"), Duration.ofHours(2));
    Instant due = clock.deadline(CAL).orElseThrow();
    assertThat(due).isEqualTo(at("2026-03-09T09:00"));
    var c = Optional.of(clock);
    assertThat(OverdueEscalator.level(c, due, at("2026-03-09T09:00"), CAL)).isZero();
    assertThat(OverdueEscalator.level(c, due, at("2026-03-09T09:01"), CAL)).isEqualTo(1);
    // Twice the budget (4 working hours) is used up at Monday 11:00; the weekend does not count.
    assertThat(OverdueEscalator.level(c, due, at("2026-03-09T11:00"), CAL)).isEqualTo(1);
    assertThat(OverdueEscalator.level(c, due, at("2026-03-09T11:01"), CAL)).isEqualTo(2);
    // With an extension of 2 h the budget is 4 h: twice that (8 h) is used up Monday 17:00.
    var extended = Optional.of(clock.extend(Duration.ofHours(2)));
    Instant later = extended.get().deadline(CAL).orElseThrow();
    assertThat(OverdueEscalator.level(extended, later, at("2026-03-09T14:30"), CAL)).isEqualTo(1);
    assertThat(OverdueEscalator.level(extended, later, at("2026-03-09T16:59"), CAL)).isEqualTo(1);
    assertThat(OverdueEscalator.level(extended, later, at("2026-03-09T17:01"), CAL)).isEqualTo(2);
  }

  @Test
  void withoutAClockTheDueDateDecides() {
    Instant due = at("2026-03-09T09:00");
    assertThat(OverdueEscalator.level(Optional.empty(), due, due.minusSeconds(1), CAL)).isZero();
    assertThat(OverdueEscalator.level(Optional.empty(), due, due.plusSeconds(86400 * 30), CAL))
        .isEqualTo(1);
  }
}
