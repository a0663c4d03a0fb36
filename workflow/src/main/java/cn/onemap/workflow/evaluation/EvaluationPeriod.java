package cn.onemap.workflow.evaluation;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The days [from, to) of an evaluation, Beijing time: the cases reported from {@code from} 00:00 up
 * to, not including, {@code to} 00:00. At most {@value #MAX_DAYS} days.
 */
public record EvaluationPeriod(LocalDate from, LocalDate to) {
  /** The longest period evaluated at once (a little over three years). */
  public static final int MAX_DAYS = 1100;

  public EvaluationPeriod {
    if (from == null || to == null) {
      throw invalid("from and to are both needed (YYYY-MM-DD)", String.valueOf(from), "" + to);
    }
    if (!to.isAfter(from)) {
      throw invalid("to must be after from (the period is [from, to))", from + "", to + "");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw invalid("a period is at most " + MAX_DAYS + " days", from + "", to + "");
    }
  }

  /** Reads {@code YYYY-MM-DD} dates; INVALID_EVALUATION when they are missing or malformed. */
  public static EvaluationPeriod parse(String from, String to) {
    return new EvaluationPeriod(date("from", from), date("to", to));
  }

  public Instant start() {
    return from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }

  public Instant end() {
    return to.atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }

  private static LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      throw invalid(name + " is needed (YYYY-MM-DD)", String.valueOf(text), "");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw invalid(name + " must be a date YYYY-MM-DD, not '" + text + "'", text, "");
    }
  }

  private static WorkflowException invalid(String message, String from, String to) {
    return new WorkflowException("INVALID_EVALUATION", message, Map.of("from", from, "to", to));
  }
}
