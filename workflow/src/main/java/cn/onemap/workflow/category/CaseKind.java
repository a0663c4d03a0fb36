package cn.onemap.workflow.category;

import cn.onemap.workflow.Names;

/** The two kinds of case (CJJ/T 106): a problem with a city part, or an event. */
public enum CaseKind {
  /** 部件: a managed object (GB/T 30428.2), e.g. a damaged manhole cover. */
  PART("P"),
  /** 事件: a situation or behaviour, e.g. exposed rubbish, unlicensed street vending. */
  EVENT("E");

  private final String prefix;

  CaseKind(String prefix) {
    this.prefix = prefix;
  }

  /** The letter that starts this kind's category codes: P0101, E0101. */
  public String prefix() {
    return prefix;
  }

  /** 部件 / 事件. */
  public String chineseName() {
    return Names.of(this);
  }
}
