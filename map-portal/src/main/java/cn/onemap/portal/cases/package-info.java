/**
 * 数字城管 cases over HTTP: the workflow module's engine and case desk wired into the portal ({@code
 * /api/cases}, {@code /api/tasks}, process deployment under {@code /api/admin/processes}), the grid
 * managers' unit grids, and the locator filing a reported point with its grid and address.
 */
package cn.onemap.portal.cases;
