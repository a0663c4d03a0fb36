/**
 * GML geometry on the wire: {@link cn.onemap.ogc.gml.WireCrs} decides the axis order of a requested
 * CRS spelling (the Java API is always x = east; only the wire swaps), {@link
 * cn.onemap.ogc.gml.GmlGeometryWriter} streams JTS geometries as GML 3.2 or 3.1.1 and {@link
 * cn.onemap.ogc.gml.GmlGeometryReader} parses GML geometry literals of filters and transaction
 * inserts from a StAX reader.
 */
package cn.onemap.ogc.gml;
