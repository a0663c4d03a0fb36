package cn.onemap.workflow.cases;

import cn.onemap.workflow.calendar.CaseClock;
import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.TimeLimits;
import cn.onemap.workflow.category.Urgency;
import cn.onemap.workflow.settings.CaseRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowable.task.service.delegate.DelegateTask;

/**
 * The working-time clock of a case's current stage (立案, 派遣, 处置, 核查, 结案): started when the stage
 * begins with the limit of its category and urgency ({@link TimeLimits}), stopped while the case is
 * suspended (挂账), lengthened by an approved extension (延期). Kept as process variables; its deadline
 * is the open task's due date, so inboxes sort and filter by it without reading the clocks.
 */
public final class StageClocks {
  private final Supplier<CaseRules> rules;
  private final CaseCategories categories;

  private final java.time.Clock clock;

  public StageClocks(
      WorkingCalendar calendar,
      TimeLimits limits,
      CaseCategories categories,
      java.time.Clock clock) {
    this(constant(new CaseRules(calendar, limits)), categories, clock);
  }

  /**
   * Clocks that read the calendar and limits from {@code rules} whenever a stage starts, so an
   * admin's change applies to the next task without a restart (running stages keep their due
   * dates).
   */
  public StageClocks(Supplier<CaseRules> rules, CaseCategories categories, java.time.Clock clock) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.categories = categories;
    this.clock = clock;
  }

  private static Supplier<CaseRules> constant(CaseRules rules) {
    return () -> rules;
  }

  /** The calendar in force now. */
  public WorkingCalendar calendar() {
    return rules.get().calendar();
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
   * Brings the clock up to a task the engine just created, after the action on the previous one
   * (its {@code outcome} variable; none for a new case), inside the engine's transaction: sets the
   * task's due date and the clock's process variables. A hook for {@link
   * cn.onemap.workflow.engine.CaseEngine.TaskStarted}.
   */
  public void started(DelegateTask task) {
    Instant now = clock.instant();
    CaseRules current = rules.get();
    Map<String, Object> vars = task.getVariables();
    Stage stage = stageOf(task.getTaskDefinitionKey());
    CaseClock clock =
        read(vars).filter(c -> stage.name().equals(vars.get("clockStage"))).orElse(null);
    if (clock == null) {
      clock = CaseClock.start(now, limit(current.limits(), vars, stage));
    }
    String done = String.valueOf(vars.getOrDefault("clockTask", ""));
    Object outcome = vars.get("outcome");
    if (task.getTaskDefinitionKey().equals("suspended") && !clock.isPaused()) {
      clock = clock.pause(now);
    } else if (done.equals("suspended") && clock.isPaused()) {
      clock = clock.resume(now);
    }
    if (done.equals("approveExtension") && "approve".equals(outcome)) {
      Object hours = vars.get("extensionHours");
      if (hours instanceof Number n && n.intValue() > 0) {
        clock = clock.extend(Duration.ofHours(n.intValue()));
      }
    }
    task.setVariable("clockStage", stage.name());
    task.setVariable("clockTask", task.getTaskDefinitionKey());
    task.setVariable("clockStart", clock.startedAt().toEpochMilli());
    task.setVariable("clockLimit", clock.limit().toSeconds());
    task.setVariable(
        "clockExtensions", clock.extensions().stream().mapToLong(Duration::toSeconds).sum());
    task.setVariable("clockPauses", pauses(clock));
    task.setDueDate(clock.deadline(current.calendar()).map(Date::from).orElse(null));
    recordDueDate(task, now);
  }

  /**
   * Flowable writes a task's history row when it inserts the task, before TASK_CREATED: the due
   * date set here would reach the runtime task only. The history keeps it too, so 综合评价 can tell
   * late steps from punctual ones after the tasks are done.
   */
  private static void recordDueDate(DelegateTask task, Instant now) {
    if (task instanceof org.flowable.task.service.impl.persistence.entity.TaskEntity entity
        && org.flowable.common.engine.impl.context.Context.getCommandContext() != null) {
      org.flowable.engine.impl.util.CommandContextUtil.getHistoryManager()
          .recordTaskInfoChange(entity, null, Date.from(now));
    }
  }

  /** The case categories the limits are looked up by. */
  public CaseCategories categories() {
    return categories;
  }

  /** Working time left until the deadline (negative when overdue). */
  Duration remaining(Instant due, Instant now) {
    WorkingCalendar calendar = calendar();
    return due.isAfter(now) ? calendar.between(now, due) : calendar.between(due, now).negated();
  }

  private Duration limit(TimeLimits limits, Map<String, Object> vars, Stage stage) {
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

  /** The clock kept in a task's process variables, if one was started. */
  static Optional<CaseClock> read(Map<String, Object> vars) {
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
