/**
 * GML geometry on the wire: {@link cn.onemap.ogc.gml.AxisConvention} is the one axis-order rule of
 * every service (URN/URI names in EPSG order, CRS84 lon/lat, the short {@code EPSG:n} form by
 * protocol), {@link cn.onemap.ogc.gml.WireCrs} applies it to a requested CRS spelling (the Java API
 * is always x = east; only the wire swaps), {@link cn.onemap.ogc.gml.GmlGeometryWriter} streams JTS
 * geometries as GML 3.2 or 3.1.1 and {@link cn.onemap.ogc.gml.GmlGeometryReader} parses GML
 * geometry literals of filters and transaction inserts from a StAX reader.
 */
package cn.onemap.ogc.gml;
