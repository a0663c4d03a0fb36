package cn.onemap.address.reverse;

/**
 * An admin unit or unit grid containing a point.
 *
 * @param kind {@code county}, {@code town}, {@code community} or {@code grid}
 * @param code its code (6, 9, 12 or 14 digits)
 * @param name its name (the grid's code when it has no name)
 */
public record ContainingUnit(String kind, String code, String name) {}
