package cn.onemap.workflow.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The working hours of one working day, as ascending, non-overlapping intervals of local time
 * (Beijing time). Each interval includes its start and excludes its end.
 *
 * @param intervals at least one; an interval cannot span midnight
 */
public record WorkingHours(List<Interval> intervals) {
  /** 08:30–12:00 and 14:00–17:30: 7 working hours, the usual office day in Guangdong. */
  public static final WorkingHours DEFAULT =
      of(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(17, 30));

  public WorkingHours {
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    if (intervals.isEmpty()) {
      throw new IllegalArgumentException("working hours need at least one interval");
    }
    for (int i = 1; i < intervals.size(); i++) {
      if (intervals.get(i).start().isBefore(intervals.get(i - 1).end())) {
        throw new IllegalArgumentException(
            "working hours must be ascending and must not overlap: "
                + intervals.get(i - 1)
                + " then "
                + intervals.get(i));
      }
    }
  }

  /** Intervals from pairs of times: {@code of(08:30, 12:00, 14:00, 17:30)}. */
  public static WorkingHours of(LocalTime... startEndPairs) {
    if (startEndPairs.length % 2 != 0) {
      throw new IllegalArgumentException(
          "times come in start/end pairs, found " + startEndPairs.length + " times");
    }
    var list = new java.util.ArrayList<Interval>();
    for (int i = 0; i < startEndPairs.length; i += 2) {
      list.add(new Interval(startEndPairs[i], startEndPairs[i + 1]));
    }
    return new WorkingHours(list);
  }

  /** The working time of one full working day (7 h by default). */
  public Duration perDay() {
    return intervals.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * One interval of working time within a day, {@code [start, end)}.
   *
   * @param start first working instant
   * @param end first instant after it that is not working time; after {@code start}
   */
  public record Interval(LocalTime start, LocalTime end) {
    public Interval {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "a working interval must end after it starts (and not span midnight): "
                + start
                + "–"
                + end);
      }
    }

    public Duration length() {
      return Duration.between(start, end);
    }

    @Override
    public String toString() {
      return start + "–" + end;
    }
  }
}
