package cn.onemap.workflow.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The running counts of one group of an evaluation; {@link #row} gives its rates and times. */
final class CaseTally {
  private int reported;
  private int closed;
  private int onTime;
  private int verified;
  private int reworked;
  private int reworkRounds;
  private int overdueOpen;
  private int voided;
  private final List<Long> handlingSeconds = new ArrayList<>();

  void add(CaseFacts c) {
    reported++;
    if (c.closed()) {
      closed++;
    }
    if (c.onTime()) {
      onTime++;
    }
    if (c.verified()) {
      verified++;
    }
    if (c.reworkRounds() > 0) {
      reworked++;
    }
    reworkRounds += c.reworkRounds();
    if (c.overdueOpen()) {
      overdueOpen++;
    }
    if (c.voided()) {
      voided++;
    }
    c.handling().ifPresent(d -> handlingSeconds.add(d.toSeconds()));
  }

  int reported() {
    return reported;
  }

  EvaluationRow row(String key) {
    List<Long> sorted = handlingSeconds.stream().sorted().toList();
    Optional<Double> mean =
        sorted.isEmpty()
            ? Optional.empty()
            : Optional.of(hours(sorted.stream().mapToLong(Long::longValue).average().orElse(0)));
    Optional<Double> median = Optional.empty();
    if (!sorted.isEmpty()) {
      int n = sorted.size();
      double mid =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      median = Optional.of(hours(mid));
    }
    return new EvaluationRow(
        key,
        reported,
        closed,
        onTime,
        rate(onTime, closed),
        verified,
        reworked,
        rate(reworked, verified),
        reworkRounds,
        mean,
        median,
        overdueOpen,
        voided);
  }

  /** A share rounded to four decimals (0.8333), empty for none out of none. */
  private static Optional<Double> rate(int part, int whole) {
    return whole == 0
        ? Optional.empty()
        : Optional.of(Math.round(10_000.0 * part / whole) / 10_000.0);
  }

  /** Seconds as hours rounded to two decimals. */
  private static double hours(double seconds) {
    return Math.round(seconds / 36.0) / 100.0;
  }
}
