package cn.onemap.workflow.category;

import cn.onemap.workflow.Names;

/** How urgent a case is; shorter limits apply to the higher levels. */
public enum Urgency {
  NORMAL,
  URGENT,
  CRITICAL;

  /** 一般 / 紧急 / 特急. */
  public String chineseName() {
    return Names.of(this);
  }
}
