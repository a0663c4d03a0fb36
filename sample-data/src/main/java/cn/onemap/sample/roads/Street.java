package cn.onemap.sample.roads;

/**
 * A named street (街路巷): consecutive edges along one lattice line. Bridges are streets of their own
 * (named …大桥) and carry no door plates.
 *
 * @param index position in the network's street list
 * @param code address code of the street: county code (6) + sequence in the county (4)
 * @param name current name
 * @param countyCode the district it is registered in (where its first block lies)
 * @param nodes lattice node indices in street direction (numbering direction of door plates)
 * @param eastWest whether it runs west→east (else south→north)
 */
public record Street(
    int index,
    String code,
    String name,
    Grade grade,
    boolean bridge,
    String countyCode,
    int[] nodes,
    boolean eastWest) {}
