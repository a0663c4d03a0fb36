/**
 * 数字城管 cases over HTTP: the workflow module's engine and case desk wired into the portal ({@code
 * /api/cases}, {@code /api/tasks}, process deployment under {@code /api/admin/processes}), the grid
 * managers' unit grids, and the locator filing a reported point with its grid and address; grid
 * managers' patrols and part inspections ({@code /api/patrols}, {@code /api/parts}, {@link
 * cn.onemap.portal.cases.PatrolController}).
 */
package cn.onemap.portal.cases;
