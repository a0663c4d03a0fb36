/**
 * The spatial core of One Map: coordinate reference systems and transforms ({@code crs}), geometry
 * parsing and validation ({@code geom}), the layer catalog ({@code catalog}), the versioned feature
 * model and store ({@code feature}, {@code store}) and ECQL filters translated to parameterized SQL
 * ({@code filter}).
 *
 * <p>All coordinates in this API are x = east/longitude, y = north/latitude, whatever the axis
 * order of the EPSG definition; protocol modules convert to wire axis order. Features are stored in
 * CGCS2000 (EPSG:4490).
 */
package cn.onemap.core;
