/** Cross-cutting web pieces: the JSON error format and its mapping from exceptions, health. */
package cn.onemap.portal.web;
