/**
 * The business-flow engine's domain (业务流程), plain Java with no engine: {@code calendar} (the
 * working-time clock of 工作时间, with the State Council's holidays and make-up working days, and the
 * {@link cn.onemap.workflow.calendar.CaseClock} of one stage of a case, with 挂账 pauses and 延期
 * extensions), {@code category} (数字城管 case categories, stages, urgencies and the time-limit table)
 * and {@code table} (the small CSV format admins edit). The Flowable process, its BPMN and REST
 * live elsewhere and call into this module; Chinese names users read come from {@link
 * cn.onemap.workflow.Names}.
 */
package cn.onemap.workflow;
