package cn.onemap.workflow.calendar;

import cn.onemap.workflow.Names;

/** What a calendar-table row says about its date. */
public enum DayKind {
  /** A national public holiday (or a day of its break): no working time. */
  HOLIDAY,
  /** A make-up working day (调休): a Saturday or Sunday that is a full working day. */
  WORKDAY;

  /** 节假日 / 调休工作日. */
  public String chineseName() {
    return Names.of(this);
  }
}
