package cn.onemap.sample.roads;

/**
 * One lattice edge that carries a road: from node {@code a} to node {@code b} (lattice node
 * indices, west→east or south→north). A bridge edge may span several lattice steps across the
 * river.
 *
 * @param index position in the network's edge list
 * @param street index of the street it belongs to
 */
public record Edge(int index, int a, int b, Grade grade, boolean bridge, int street) {}
