package cn.onemap.sample.address;

/**
 * A door plate (门牌) on a street: odd numbers on the left of the street direction, even on the
 * right, increasing along it.
 *
 * @param code 20-digit address code: community (12) + level 1 + 7-digit sequence
 * @param street street index
 * @param number door number
 * @param x plane metres
 * @param y plane metres
 * @param cell lattice cell the plate faces into
 * @param community community index
 * @param grid unit grid index
 */
public record Door(
    String code, int street, int number, double x, double y, int cell, int community, int grid) {}
