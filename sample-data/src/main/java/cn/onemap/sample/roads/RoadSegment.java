package cn.onemap.sample.roads;

/**
 * A road feature: a piece of one street between two junctions (or a dead end), so the network is
 * noded at every intersection and ready for routing.
 *
 * @param id stable feature id, e.g. "R000123"
 * @param street index of its street
 * @param nodes lattice node indices in geometry direction
 * @param oneWay whether traffic may only go in geometry direction
 */
public record RoadSegment(String id, int street, int[] nodes, boolean oneWay) {}
