/**
 * Coordinate reference systems of One Map: the registry of the systems the city meets (CGCS2000
 * EPSG:4490 and its Gauss-Krüger zones, WGS 84 / CRS:84 / Web Mercator, Xian 1980, Beijing 1954,
 * the GCJ-02 and BD-09 commercial offsets, city-local grids), cached transforms between them,
 * configurable datum shifts (7-parameter Bursa-Wolf, 4-parameter plane similarity) with their
 * least-squares estimation from control points, Gauss-Krüger zone choice, grid measurements, and
 * area-of-use checks that catch swapped axes and wrong codes.
 *
 * <p>The one rule: every method takes and returns x = east/longitude, y = north/latitude (easting,
 * northing for projected systems), whatever the EPSG axis order; GeoTools CRSs are always decoded
 * longitude-first. Entry points are {@link cn.onemap.core.crs.CrsRegistry} (or the static {@link
 * cn.onemap.core.crs.Transforms}), {@link cn.onemap.core.crs.GkZone} and {@link
 * cn.onemap.core.crs.Measurements}. Transforms between a legacy datum and CGCS2000 use only
 * parameter sets configured in a {@link cn.onemap.core.crs.DatumShiftRegistry}, never a library
 * default. Accuracy against PROJ is pinned by fixtures under {@code
 * src/test/resources/testdata/crs/}; errors are {@link cn.onemap.core.crs.CrsException} subclasses
 * whose messages say what to fix.
 */
package cn.onemap.core.crs;
