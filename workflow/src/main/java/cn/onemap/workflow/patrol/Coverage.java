package cn.onemap.workflow.patrol;

import org.locationtech.jts.geom.Geometry;

/**
 * How much of a unit grid patrols covered.
 *
 * @param grid the unit grid's code (bgid)
 * @param ratio covered area ÷ grid area, 0–1
 * @param gridAreaM2 the grid's area, m² on the Gauss-Krüger plane
 * @param coveredAreaM2 the covered part's area, m²
 * @param covered the covered part of the grid, CGCS2000 (SRID 4490); empty when nothing is
 * @param patrols how many patrols the coverage is of
 */
public record Coverage(
    String grid,
    double ratio,
    double gridAreaM2,
    double coveredAreaM2,
    Geometry covered,
    int patrols) {}
