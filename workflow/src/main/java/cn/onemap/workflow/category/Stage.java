package cn.onemap.workflow.category;

import cn.onemap.workflow.Names;

/** The stages of a case that carry a time limit ({@link TimeLimits}). */
public enum Stage {
  /** 立案: the operator accepts (or rejects) the report. */
  REGISTER,
  /** 派遣: the dispatcher sends it to the responsible department. */
  DISPATCH,
  /** 处置: the department handles the problem and reports back. */
  HANDLE,
  /** 核查: the grid inspector checks on site. */
  VERIFY,
  /** 结案: the case is closed. */
  CLOSE;

  /** 立案 / 派遣 / 处置 / 核查 / 结案. */
  public String chineseName() {
    return Names.of(this);
  }
}
