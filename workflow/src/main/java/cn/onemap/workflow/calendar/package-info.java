/**
 * Working time (工作时间) in Asia/Shanghai. A {@link cn.onemap.workflow.calendar.CalendarTable} holds,
 * per year, the national public holidays and the make-up working days (调休) of the State Council's
 * annual notice, read from {@code workflow/calendar/cn-<year>.csv} or from rows an admin edited; a
 * {@link cn.onemap.workflow.calendar.WorkingCalendar} adds the working hours of a day and answers:
 * is this instant working time, what is start + N working hours, how much working time lies between
 * two instants. Years the table does not hold follow the plain Monday–Friday rule, which {@link
 * cn.onemap.workflow.calendar.WorkingCalendar#covers(java.time.LocalDate)} makes visible. A {@link
 * cn.onemap.workflow.calendar.CaseClock} is the time limit of one stage of a case, with suspensions
 * (挂账) and extensions (延期).
 */
package cn.onemap.workflow.calendar;
