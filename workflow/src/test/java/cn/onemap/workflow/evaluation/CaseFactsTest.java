package cn.onemap.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.workflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What one case counts for, from its steps: on time, rework rounds, handling time, overdue. */
class CaseFactsTest {
  private static final WorkingCalendar CAL = WorkingCalendar.china();

  private static Instant at(String beijing) {
    return LocalDateTime.parse(beijing).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private static CaseFacts.Step step(String key, String from, String to, String due) {
    return new CaseFacts.Step(
        key,
        at(from),
        Optional.ofNullable(to).map(CaseFactsTest::at),
        Optional.ofNullable(due).map(CaseFactsTest::at));
  }

  private static final Instant NOW = at("2026-03-10T09:00");

  @Test
  void aStepWithoutDeadlineIsNeverLateAndWaitingForTheLeaderIsNotHandling() {
    // 处置 09:30–10:00, 挂账 (no deadline) for days, 处置 again Thursday 09:00–10:00.
    CaseFacts f =
        CaseFacts.of(
            List.of(
                step("handle", "2026-03-02T09:30", "2026-03-02T10:00", "2026-03-03T10:30"),
                step(
                    "approveSuspension",
                    "2026-03-02T10:00",
                    "2026-03-02T10:10",
                    "2026-03-03T10:30"),
                step("suspended", "2026-03-02T10:10", "2026-03-05T09:00", null),
                step("handle", "2026-03-05T09:00", "2026-03-05T10:00", "2026-03-06T09:40"),
                step("verify", "2026-03-05T10:00", "2026-03-05T10:30", "2026-03-05T15:00"),
                step("close", "2026-03-05T10:30", "2026-03-05T10:40", "2026-03-05T11:40")),
            Optional.of("closed"),
            NOW,
            CAL);
    assertThat(f.closed()).isTrue();
    assertThat(f.onTime()).isTrue();
    assertThat(f.reworkRounds()).isZero();
    assertThat(f.handling()).contains(Duration.ofMinutes(90));
  }

  @Test
  void reworkIsEveryFinishedVerificationButThePassingOne() {
    List<CaseFacts.Step> twiceFailed =
        List.of(
            step("handle", "2026-03-02T09:00", "2026-03-02T09:10", "2026-03-02T17:00"),
            step("verify", "2026-03-02T09:10", "2026-03-02T09:20", "2026-03-02T14:50"),
            step("handle", "2026-03-02T09:20", "2026-03-02T09:30", "2026-03-02T17:20"),
            step("verify", "2026-03-02T09:30", "2026-03-02T09:40", "2026-03-02T15:10"),
            step("handle", "2026-03-02T09:40", null, "2026-03-02T17:40"));
    CaseFacts open = CaseFacts.of(twiceFailed, Optional.empty(), at("2026-03-02T11:00"), CAL);
    assertThat(open.reworkRounds()).isEqualTo(2);
    assertThat(open.closed()).isFalse();
    assertThat(open.handling()).isEmpty();
    assertThat(open.overdueOpen()).isFalse();
    // The same, days later: the open 处置 is past its deadline.
    assertThat(CaseFacts.of(twiceFailed, Optional.empty(), NOW, CAL).overdueOpen()).isTrue();
    // An open 核查 is not a failed one.
    CaseFacts waiting =
        CaseFacts.of(
            List.of(
                step("handle", "2026-03-02T09:00", "2026-03-02T09:10", "2026-03-02T17:00"),
                step("verify", "2026-03-02T09:10", null, "2026-03-02T14:50")),
            Optional.empty(),
            at("2026-03-02T10:00"),
            CAL);
    assertThat(waiting.verified()).isTrue();
    assertThat(waiting.reworkRounds()).isZero();
  }

  @Test
  void oneLateStepMakesTheCaseLateAndRejectedCasesAreVoid() {
    CaseFacts late =
        CaseFacts.of(
            List.of(
                step("register", "2026-03-02T09:00", "2026-03-02T10:01", "2026-03-02T10:00"),
                step("close", "2026-03-02T10:01", "2026-03-02T10:05", "2026-03-02T11:01")),
            Optional.of("closed"),
            NOW,
            CAL);
    assertThat(late.closed()).isTrue();
    assertThat(late.onTime()).isFalse();
    CaseFacts rejected =
        CaseFacts.of(
            List.of(step("register", "2026-03-02T09:00", "2026-03-02T09:05", "2026-03-02T10:00")),
            Optional.of("rejected"),
            NOW,
            CAL);
    assertThat(rejected.voided()).isTrue();
    assertThat(rejected.closed()).isFalse();
    assertThat(rejected.onTime()).isFalse();
  }
}
