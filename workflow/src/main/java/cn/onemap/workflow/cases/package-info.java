/**
 * The cases of 数字城管 on the engine: {@link cn.onemap.workflow.cases.CaseDesk} reports, lists and
 * shows cases and acts on their tasks for an {@link cn.onemap.workflow.cases.Actor}; each change is
 * a new version of the case's feature in the store's {@code events} layer.
 */
package cn.onemap.workflow.cases;
