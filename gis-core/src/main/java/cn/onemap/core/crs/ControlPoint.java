package cn.onemap.core.crs;

/**
 * A point known in two systems, for estimating a datum shift: plane coordinates (easting, northing
 * in metres) for 4-parameter sets, or lon/lat in degrees for 7-parameter sets estimated from
 * geographic coordinates.
 *
 * @param id the surveyor's point name, echoed in residuals
 * @param sourceX x in the source system
 * @param sourceY y in the source system
 * @param targetX x in the target system
 * @param targetY y in the target system
 */
public record ControlPoint(
    String id, double sourceX, double sourceY, double targetX, double targetY) {}
