package cn.onemap.portal.web;

import java.util.Map;

/**
 * Every API error: a stable machine-readable {@code error} code, a message a person can act on, and
 * context details (e.g. the offending property).
 */
public record ApiError(String error, String message, Map<String, Object> details) {}
