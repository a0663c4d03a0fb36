package cn.onemap.workflow.cases;

import cn.onemap.workflow.calendar.CaseClock;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;

/**
 * The working-time clock of a case's current stage (立案, 派遣, 处置, 核查, 结案): started when the stage
 * begins with the limit of its category and urgency ({@link TimeLimits}), stopped while the case is
 * suspended (挂账), lengthened by an approved extension (延期). Kept as process variables; its deadline
 * is the open task's due date, so inboxes sort and filter by it without reading the clocks.
 */
public final class StageClocks {
  private final WorkingCalendar calendar;
  private final TimeLimits limits;
  private final CaseCategories categories;

  public StageClocks(WorkingCalendar calendar, TimeLimits limits, CaseCategories categories) {
    this.calendar = calendar;
    this.limits = limits;
    this.categories = categories;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The stage with a time limit a step of the process belongs to. */
  static Stage stageOf(String taskKey) {
    return switch (taskKey) {
      case "register", "approveRegister" -> Stage.REGISTER;
      case "dispatch" -> Stage.DISPATCH;
      case "verify" -> Stage.VERIFY;
      case "close" -> Stage.CLOSE;
      default -> Stage.HANDLE;
    };
  }

  /**
   * Brings the clock up to the task now open, after {@code action} on the previous one (none for a
   * new case), and sets the task's due date; returns the deadline (empty while suspended).
   */
  Optional<Instant> advance(
      ProcessEngine engine, Task open, Optional<TaskAction> action, Instant now) {
    var runtime = engine.getRuntimeService();
    String process = open.getProcessInstanceId();
    Map<String, Object> vars = runtime.getVariables(process);
    Stage stage = stageOf(open.getTaskDefinitionKey());
    CaseClock clock =
        read(vars).filter(c -> stage.name().equals(vars.get("clockStage"))).orElse(null);
    if (clock == null) {
      clock = CaseClock.start(now, limit(vars, stage));
    }
    String done = action.isPresent() ? String.valueOf(vars.getOrDefault("clockTask", "")) : "";
    if (open.getTaskDefinitionKey().equals("suspended") && !clock.isPaused()) {
      clock = clock.pause(now);
    } else if (done.equals("suspended") && clock.isPaused()) {
      clock = clock.resume(now);
    }
    if (done.equals("approveExtension") && action.get().outcome().equals("approve")) {
      Object hours = vars.get("extensionHours");
      if (hours instanceof Number n && n.intValue() > 0) {
        clock = clock.extend(Duration.ofHours(n.intValue()));
      }
    }
    Map<String, Object> write = new HashMap<>();
    write.put("clockStage", stage.name());
    write.put("clockTask", open.getTaskDefinitionKey());
    write.put("clockStart", clock.startedAt().toEpochMilli());
    write.put("clockLimit", clock.limit().toSeconds());
    write.put("clockExtensions", clock.extensions().stream().mapToLong(Duration::toSeconds).sum());
    write.put("clockPauses", pauses(clock));
    runtime.setVariables(process, write);
    Optional<Instant> deadline = clock.deadline(calendar);
    engine.getTaskService().setDueDate(open.getId(), deadline.map(Date::from).orElse(null));
    return deadline;
  }

  /** Working time left until the deadline (negative when overdue). */
  Duration remaining(Instant due, Instant now) {
    return due.isAfter(now) ? calendar.between(now, due) : calendar.between(due, now).negated();
  }

  private Duration limit(Map<String, Object> vars, Stage stage) {
    Urgency urgency;
    try {
      urgency = Urgency.valueOf(String.valueOf(vars.getOrDefault("urgency", "NORMAL")));
    } catch (IllegalArgumentException e) {
      urgency = Urgency.NORMAL;
    }
    Optional<CaseCategory> category =
        categories.byName(String.valueOf(vars.getOrDefault("category", "")));
    return category.isPresent()
        ? limits.limit(category.get(), stage, urgency)
        : limits.defaultLimit(stage, urgency);
  }

  private static Optional<CaseClock> read(Map<String, Object> vars) {
    if (!(vars.get("clockStart") instanceof Number start)) {
      return Optional.empty();
    }
    long extensions = ((Number) vars.getOrDefault("clockExtensions", 0L)).longValue();
    List<CaseClock.Pause> pauses = new ArrayList<>();
    String text = String.valueOf(vars.getOrDefault("clockPauses", ""));
    for (String p : text.split(";")) {
      if (p.isBlank()) {
        continue;
      }
      String[] ends = p.split("-", 2);
      pauses.add(
          new CaseClock.Pause(
              Instant.ofEpochMilli(Long.parseLong(ends[0])),
              ends[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(ends[1]))));
    }
    return Optional.of(
        new CaseClock(
            Instant.ofEpochMilli(start.longValue()),
            Duration.ofSeconds(((Number) vars.get("clockLimit")).longValue()),
            pauses,
            extensions > 0 ? List.of(Duration.ofSeconds(extensions)) : List.of()));
  }

  private static String pauses(CaseClock clock) {
    StringBuilder out = new StringBuilder();
    for (CaseClock.Pause p : clock.pauses()) {
      out.append(p.from().toEpochMilli())
          .append('-')
          .append(p.resumedAt().map(i -> Long.toString(i.toEpochMilli())).orElse(""))
          .append(';');
    }
    return out.toString();
  }
}
