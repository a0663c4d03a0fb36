package cn.onemap.sample.grid;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit grid (单元网格, GB/T 30428.1).
 *
 * @param index position in the grid list
 * @param code 14 digits: the community's 12-digit code (9-digit street + 3-digit community) + a
 *     2-digit sequence numbered west→east within rows north→south
 * @param community index of its community
 * @param cells its lattice cells
 * @param outline union of its cells, plane metres
 * @param blockSize the side of the grid in lattice cells (1 in the old town, more in villages)
 */
public record UnitGrid(
    int index, String code, int community, int[] cells, Geometry outline, int blockSize) {}
