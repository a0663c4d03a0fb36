/**
 * Test helpers shared with other modules through gis-core's test-jar: real stores on both backends
 * ({@link cn.onemap.core.testing.StoreFixture}) and inline WKT ({@link
 * cn.onemap.core.testing.Wkt}).
 */
package cn.onemap.core.testing;
