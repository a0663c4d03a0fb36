package cn.onemap.core.crs;

/**
 * Misfit of one control point after estimation: the given target coordinate minus the one the
 * estimated parameters produce, in metres (plane x/y for 4-parameter sets, geocentric X/Y/Z for
 * 7-parameter sets).
 *
 * @param id the control point's id
 * @param dx misfit in x (or X)
 * @param dy misfit in y (or Y)
 * @param dz misfit in Z; 0 for plane estimates
 * @param distance length of the misfit vector
 */
public record Residual(String id, double dx, double dy, double dz, double distance) {}
