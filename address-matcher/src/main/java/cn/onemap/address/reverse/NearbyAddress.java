package cn.onemap.address.reverse;

import cn.onemap.address.MatchLevel;
import cn.onemap.address.Position;

/**
 * A standard address near a point.
 *
 * @param code the address code (20 digits)
 * @param address the standard address text
 * @param position where it is
 * @param level its level (door, building, unit, room; compounds report STREET's finer sibling DOOR)
 * @param distanceMetres distance on the ellipsoid from the point asked about
 */
public record NearbyAddress(
    String code, String address, Position position, MatchLevel level, double distanceMetres) {}
