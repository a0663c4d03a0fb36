package cn.onemap.core.crs;

/**
 * A point known by geocentric XYZ (metres) in two datums, for 7-parameter estimation.
 *
 * @param id the surveyor's point name, echoed in residuals
 */
public record GeocentricControlPoint(
    String id,
    double sourceX,
    double sourceY,
    double sourceZ,
    double targetX,
    double targetY,
    double targetZ) {}
