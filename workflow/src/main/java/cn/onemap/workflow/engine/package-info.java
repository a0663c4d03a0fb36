/**
 * The embedded BPMN 2.0 engine (Flowable 7, plain Java API, no Spring): opened on the store's
 * database in a schema of its own, with the shipped 数字城管 process and admin deployments.
 */
package cn.onemap.workflow.engine;
