/**
 * Reverse geocoding: the standard addresses nearest a point (a uniform grid over the registry's
 * points, distances on the ellipsoid) and the admin units and unit grid containing it (read from
 * the store's polygon layers through their spatial index).
 */
package cn.onemap.address.reverse;
