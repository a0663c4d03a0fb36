package cn.onemap.workflow.form;

/**
 * One violation of a form.
 *
 * @param pointer the JSON pointer of the offending value in the request body ({@code ""} for the
 *     body itself, e.g. a missing required property)
 * @param message what is wrong
 */
public record FormError(String pointer, String message) {}
