/**
 * Filter Encoding: {@link cn.onemap.ogc.fes.FesFilterParser} turns FES 2.0 (and OGC Filter 1.1) XML
 * into GeoTools {@code Filter} objects that gis-core translates to SQL; {@link
 * cn.onemap.ogc.fes.PropertyNames} is the one gate every client-supplied property name passes
 * (schema lookup, XPath refused), so no expression is ever evaluated (CVE-2024-36401 class).
 */
package cn.onemap.ogc.fes;
