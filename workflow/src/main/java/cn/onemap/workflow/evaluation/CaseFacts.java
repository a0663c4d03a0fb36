package cn.onemap.workflow.evaluation;

import cn.onemap.workflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the evaluation counts of one case, read from its steps (the process's user tasks, as the
 * engine's history keeps them) and how its process ended.
 *
 * <ul>
 *   <li>closed: the process ended at 结案 ({@code closed}); voided: it ended elsewhere (不予立案, 合并).
 *   <li>on time: closed, and every step that had a deadline (the task's due date) was finished by
 *       it. A step without a deadline (挂账中: the clock stops) cannot be late.
 *   <li>rework rounds: failed 核查. 核查 ends either 通过 (on to 结案, the only way to it) or 不通过 (back to
 *       处置), so the failed ones are the finished 核查 steps less one when a 结案 step exists.
 *   <li>handling time: of a closed case, the working time ({@link WorkingCalendar#between}) of its
 *       处置 steps ({@code handle}), every round; waiting for the 值班长 (延期, 挂账) is not counted.
 *   <li>overdue open: the process is running and its open step's deadline has passed.
 * </ul>
 */
record CaseFacts(
    boolean closed,
    boolean voided,
    boolean onTime,
    boolean verified,
    int reworkRounds,
    Optional<Duration> handling,
    boolean overdueOpen) {

  /** One step of a case: its task key, when it was created and finished, its deadline. */
  record Step(String key, Instant created, Optional<Instant> ended, Optional<Instant> due) {}

  static final String CLOSED_END = "closed";

  /**
   * @param steps every user task of the case
   * @param endActivity where the process ended; empty while it runs
   * @param now when open steps are judged overdue
   */
  static CaseFacts of(
      List<Step> steps, Optional<String> endActivity, Instant now, WorkingCalendar calendar) {
    boolean closed = endActivity.map(CLOSED_END::equals).orElse(false);
    boolean voided = endActivity.isPresent() && !closed;
    boolean onTime =
        closed
            && steps.stream()
                .allMatch(
                    s ->
                        s.due().isEmpty()
                            || s.ended().map(e -> !e.isAfter(s.due().get())).orElse(false));
    boolean verified = steps.stream().anyMatch(s -> s.key().equals("verify"));
    long verifiedDone =
        steps.stream().filter(s -> s.key().equals("verify") && s.ended().isPresent()).count();
    boolean passed = steps.stream().anyMatch(s -> s.key().equals("close"));
    int rounds = (int) Math.max(0, verifiedDone - (passed ? 1 : 0));
    Optional<Duration> handling = Optional.empty();
    if (closed) {
      Duration sum = Duration.ZERO;
      for (Step s : steps) {
        if (s.key().equals("handle") && s.ended().isPresent()) {
          sum = sum.plus(calendar.between(s.created(), s.ended().get()));
        }
      }
      handling = Optional.of(sum);
    }
    boolean overdue =
        endActivity.isEmpty()
            && steps.stream()
                .anyMatch(
                    s -> s.ended().isEmpty() && s.due().map(d -> d.isBefore(now)).orElse(false));
    return new CaseFacts(closed, voided, onTime, verified, rounds, handling, overdue);
  }
}
