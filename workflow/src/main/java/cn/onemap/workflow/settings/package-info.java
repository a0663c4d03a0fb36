/**
 * The rules an administrator edits for 数字城管 cases: the holidays and make-up working days (调休) of
 * each year, the working hours of a day and the time limits per category, stage and urgency. {@link
 * cn.onemap.workflow.settings.CaseRules} is the set in force (the calendar and the limits {@link
 * cn.onemap.workflow.cases.StageClocks} read when a stage starts); {@link
 * cn.onemap.workflow.settings.SettingsCheck} turns what an admin typed ({@code *Input} records, as
 * a REST body carries them) into those values or fails with {@code SETTINGS_INVALID} naming the
 * field, so nothing invalid is ever stored.
 */
package cn.onemap.workflow.settings;
