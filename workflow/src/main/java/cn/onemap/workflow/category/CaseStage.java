package cn.onemap.workflow.category;

import cn.onemap.workflow.Names;
import java.util.Optional;

/**
 * Where a case is in its lifecycle (CJJ/T 106: 信息收集 → 案卷建立 → 任务派遣 → 任务处理 → 处理反馈 → 核查结案, with the
 * local branches 不予立案, 挂账 and 作废/合并).
 */
public enum CaseStage {
  /** 上报: reported by an inspector, the hotline or a citizen; waiting to be registered. */
  REPORTED(Stage.REGISTER),
  /** 立案 (受理/立案): accepted as a case; waiting to be dispatched. */
  REGISTERED(Stage.DISPATCH),
  /** 派遣: sent to a department; waiting for it to start. */
  DISPATCHED(Stage.HANDLE),
  /** 处置: the department is handling it. */
  HANDLING(Stage.HANDLE),
  /** 处置反馈: the department reported it handled; waiting for verification. */
  FEEDBACK(Stage.VERIFY),
  /** 核查: the inspector is checking on site. */
  VERIFYING(Stage.VERIFY),
  /** 结案: closed. */
  CLOSED(null),
  /** 不予立案: not accepted (out of scope, duplicate report, not a problem). */
  REJECTED(null),
  /** 挂账: suspended; the clock stops until it resumes. */
  SUSPENDED(null),
  /** 作废/合并: cancelled or merged into another case. */
  MERGED(null);

  private final Stage limited;

  CaseStage(Stage limited) {
    this.limited = limited;
  }

  /** The time-limited stage whose clock runs while a case is here; empty when no clock runs. */
  public Optional<Stage> limitedStage() {
    return Optional.ofNullable(limited);
  }

  /** Whether no further work follows (closed, rejected, merged). */
  public boolean isFinal() {
    return this == CLOSED || this == REJECTED || this == MERGED;
  }

  /** 上报 / 立案 / 派遣 / 处置 / 处置反馈 / 核查 / 结案 / 不予立案 / 挂账 / 作废/合并. */
  public String chineseName() {
    return Names.of(this);
  }
}
