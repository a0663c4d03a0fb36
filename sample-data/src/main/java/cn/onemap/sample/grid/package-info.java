/**
 * Unit grids (单元网格, GB/T 30428.1): k × k blocks of lattice cells per community with 14-digit codes,
 * and the lookup of the grid containing a point (BGID).
 */
package cn.onemap.sample.grid;
