package cn.onemap.workflow.calendar;

import cn.onemap.workflow.WorkflowException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limit of one stage of a case (e.g. 处置 within 8 working hours), as a value: when the
 * stage started, its limit in working time, the suspensions (挂账) during which the clock stops, and
 * the approved extensions (延期) that add working time. Every change returns a new clock.
 *
 * <p>Elapsed time is the working time ({@link WorkingCalendar#between}) from {@code startedAt} to
 * now, minus the working time inside pauses; an open pause (not yet resumed) counts up to now. The
 * budget is {@code limit} plus all extensions. While the clock is paused the deadline is unknown
 * ({@link #deadline} is empty) unless it had already passed before the pause began.
 *
 * @param startedAt when the stage began
 * @param limit the stage's limit in working time; not negative
 * @param pauses ascending, non-overlapping, not before {@code startedAt}; only the last may be open
 * @param extensions approved extra working time, each positive
 */
public record CaseClock(
    Instant startedAt, Duration limit, List<Pause> pauses, List<Duration> extensions) {

  public CaseClock {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(limit, "limit");
    pauses = List.copyOf(Objects.requireNonNull(pauses, "pauses"));
    extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    if (limit.isNegative()) {
      throw invalid("CLOCK_LIMIT_NEGATIVE", "the time limit must not be negative: " + limit);
    }
    Instant previousEnd = startedAt;
    for (int i = 0; i < pauses.size(); i++) {
      Pause p = pauses.get(i);
      if (p.from().isBefore(previousEnd)) {
        throw invalid(
            "CLOCK_PAUSE_ORDER",
            "pause "
                + p
                + " begins before "
                + previousEnd
                + " (the start or the end of the previous pause)");
      }
      if (p.isOpen() && i < pauses.size() - 1) {
        throw invalid("CLOCK_PAUSE_ORDER", "only the last pause may be open, not " + p);
      }
      previousEnd = p.isOpen() ? p.from() : p.until();
    }
    for (Duration d : extensions) {
      if (d.isNegative() || d.isZero()) {
        throw invalid("CLOCK_EXTENSION_INVALID", "an extension must be positive: " + d);
      }
    }
  }

  /** A running clock: started at {@code at}, no pauses, no extensions. */
  public static CaseClock start(Instant at, Duration limit) {
    return new CaseClock(at, limit, List.of(), List.of());
  }

  /** Whether the clock is stopped now (the last pause is open). */
  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
  }

  /** The limit plus every extension. */
  public Duration budget() {
    return extensions.stream().reduce(limit, Duration::plus);
  }

  /** Stops the clock at {@code at} (挂账). */
  public CaseClock pause(Instant at) {
    Objects.requireNonNull(at, "at");
    if (isPaused()) {
      throw invalid(
          "CLOCK_ALREADY_PAUSED",
          "cannot pause at " + at + ": the clock is already paused since " + last().from());
    }
    var list = new ArrayList<>(pauses);
    list.add(new Pause(at, null));
    return new CaseClock(startedAt, limit, list, extensions);
  }

  /** Restarts the clock at {@code at}, closing the open pause. */
  public CaseClock resume(Instant at) {
    Objects.requireNonNull(at, "at");
    if (!isPaused()) {
      throw invalid(
          "CLOCK_NOT_PAUSED", "cannot resume at " + at + ": the clock is not paused (pause first)");
    }
    if (at.isBefore(last().from())) {
      throw invalid(
          "CLOCK_RESUME_BEFORE_PAUSE",
          "cannot resume at " + at + ": before the pause began at " + last().from());
    }
    var list = new ArrayList<>(pauses);
    list.set(list.size() - 1, new Pause(last().from(), at));
    return new CaseClock(startedAt, limit, list, extensions);
  }

  /** Adds an approved extension (延期) of {@code extra} working time. */
  public CaseClock extend(Duration extra) {
    Objects.requireNonNull(extra, "extra");
    var list = new ArrayList<>(extensions);
    list.add(extra);
    return new CaseClock(startedAt, limit, pauses, list);
  }

  /** Working time the clock has run from {@code startedAt} to {@code now}, pauses excluded. */
  public Duration elapsed(Instant now, WorkingCalendar cal) {
    Objects.requireNonNull(now, "now");
    if (!now.isAfter(startedAt)) {
      return Duration.ZERO;
    }
    Duration run = cal.between(startedAt, now);
    for (Pause p : pauses) {
      if (!p.from().isBefore(now)) {
        break;
      }
      Instant end = p.isOpen() || p.until().isAfter(now) ? now : p.until();
      run = run.minus(cal.between(p.from(), end));
    }
    return run;
  }

  /** {@link #budget()} minus {@link #elapsed}: negative when overdue. */
  public Duration remaining(Instant now, WorkingCalendar cal) {
    return budget().minus(elapsed(now, cal));
  }

  /** Whether {@code now} lies after the deadline; never while paused before reaching it. */
  public boolean isOverdue(Instant now, WorkingCalendar cal) {
    Objects.requireNonNull(now, "now");
    return deadline(cal).map(now::isAfter).orElse(false);
  }

  /**
   * The instant the budget runs out, skipping non-working time and the pauses; empty while the
   * clock is paused and the budget was not used up before the pause began.
   */
  public Optional<Instant> deadline(WorkingCalendar cal) {
    Instant cursor = startedAt;
    Duration left = budget();
    for (Pause p : pauses) {
      Duration run = cal.between(cursor, p.from());
      if (run.compareTo(left) >= 0) {
        return Optional.of(cal.add(cursor, left));
      }
      if (p.isOpen()) {
        return Optional.empty();
      }
      left = left.minus(run);
      cursor = p.until();
    }
    return Optional.of(cal.add(cursor, left));
  }

  private Pause last() {
    return pauses.get(pauses.size() - 1);
  }

  private static WorkflowException invalid(String code, String message) {
    return new WorkflowException(code, message, Map.of());
  }

  /**
   * One suspension (挂账): the clock stops at {@code from} and runs again at {@code until}.
   *
   * @param from when the clock stopped
   * @param until when it was resumed; {@code null} while the pause is open
   */
  public record Pause(Instant from, Instant until) {
    public Pause {
      Objects.requireNonNull(from, "from");
      if (until != null && until.isBefore(from)) {
        throw invalid(
            "CLOCK_RESUME_BEFORE_PAUSE",
            "a pause cannot end before it begins: " + from + "–" + until);
      }
    }

    /** Whether the pause has not been resumed yet. */
    public boolean isOpen() {
      return until == null;
    }

    /** When it was resumed, if it was. */
    public Optional<Instant> resumedAt() {
      return Optional.ofNullable(until);
    }

    @Override
    public String toString() {
      return from + "–" + (until == null ? "open" : until.toString());
    }
  }
}
