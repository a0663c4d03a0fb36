/**
 * The road network on the lattice: grades, named streets (街路巷), bridges over the 梅江 and road
 * segments noded at every junction, ready for routing.
 */
package cn.onemap.sample.roads;
