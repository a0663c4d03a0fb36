/**
 * What a 数字城管 case is about and how long each stage may take: {@link
 * cn.onemap.workflow.category.CaseCategory} (部件 problems by GB/T 30428.2 part class, 事件 problems by
 * the CJJ/T 106 event classes) in a {@link cn.onemap.workflow.category.CaseCategories} catalog, the
 * lifecycle {@link cn.onemap.workflow.category.CaseStage}, {@link
 * cn.onemap.workflow.category.Urgency}, and {@link cn.onemap.workflow.category.TimeLimits}, the
 * table of working-time limits per {@link cn.onemap.workflow.category.Stage} and urgency where the
 * most specific row (category → major class → default) wins. Both tables are CSV resources admins
 * can replace; their codes and hours are marked *unverified* where the standards could not be
 * checked.
 */
package cn.onemap.workflow.category;
