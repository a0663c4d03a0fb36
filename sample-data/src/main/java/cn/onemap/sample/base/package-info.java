/**
 * Base-map layers: the river, roads, building footprints with residential compounds (小区), and
 * land-use parcels.
 */
package cn.onemap.sample.base;
