/**
 * The forms of the process's user tasks: each task's {@code flowable:formKey} names a JSON Schema
 * (draft 2020-12) deployed beside the BPMN in the same Flowable deployment ({@code
 * forms/<key>.json}), so a process version carries its forms. {@link
 * cn.onemap.workflow.form.FormSchema} compiles and validates, {@link
 * cn.onemap.workflow.form.TaskForms} finds a task's form (cached per definition), {@link
 * cn.onemap.workflow.form.ProcessArchive} reads an uploaded ZIP of a process with its forms.
 */
package cn.onemap.workflow.form;
