package cn.onemap.workflow.attach;

import cn.onemap.workflow.Names;

/** When in the life of a case a photo was taken: before (上报) or after (处置, 核查) the fix. */
public enum PhotoStage {
  /** 上报: the grid manager's photo of the problem. */
  REPORT,
  /** 处置: the department's after-photo when it reports the job done. */
  HANDLE,
  /** 核查: the grid manager's photo when checking the result on site. */
  VERIFY;

  /** 上报 / 处置 / 核查. */
  public String chineseName() {
    return Names.of(this);
  }
}
