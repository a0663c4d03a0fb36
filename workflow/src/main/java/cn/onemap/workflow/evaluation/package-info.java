/**
 * 综合评价 (the evaluation of 数字城管 cases): for the cases reported in a period, per department, unit
 * grid or category and city-wide, how many were closed, closed on time (按期结案率), reworked (返工率), how
 * long the departments took in working hours (处置用时) and how many are open past their deadline.
 * {@link cn.onemap.workflow.evaluation.CaseEvaluation} reads the engine's history in three queries
 * whatever the number of cases; {@link cn.onemap.workflow.evaluation.CaseTally} adds one case's
 * facts to a group.
 */
package cn.onemap.workflow.evaluation;
