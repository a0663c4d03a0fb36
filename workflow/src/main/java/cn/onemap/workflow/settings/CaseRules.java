package cn.onemap.workflow.settings;

import cn.onemap.workflow.calendar.WorkingCalendar;
import cn.onemap.workflow.category.TimeLimits;
import java.util.Objects;

/**
 * The rules of the case clocks in force: the working calendar (holidays, make-up days, working
 * hours) and the time limits. Immutable; a change of settings makes a new one.
 */
public record CaseRules(WorkingCalendar calendar, TimeLimits limits) {
  public CaseRules {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * The shipped calendar ({@link WorkingCalendar#china()}) and limits ({@link
   * TimeLimits#shipped()}).
   */
  public static CaseRules shipped() {
    return new CaseRules(WorkingCalendar.china(), TimeLimits.shipped());
  }
}
