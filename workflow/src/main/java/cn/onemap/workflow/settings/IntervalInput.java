package cn.onemap.workflow.settings;

/**
 * A working interval as an admin sends it: {@code {"start":"08:30","end":"12:00"}} (Beijing time).
 */
public record IntervalInput(String start, String end) {}
