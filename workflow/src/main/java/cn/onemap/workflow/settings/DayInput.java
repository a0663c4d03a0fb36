package cn.onemap.workflow.settings;

/**
 * A calendar row as an admin sends it: {@code
 * {"date":"2026-10-10","kind":"WORKDAY","name":"国庆调休"}}.
 *
 * @param date yyyy-MM-dd
 * @param kind HOLIDAY (节假日) or WORKDAY (调休上班)
 * @param name the holiday's name; may be empty
 */
public record DayInput(String date, String kind, String name) {}
