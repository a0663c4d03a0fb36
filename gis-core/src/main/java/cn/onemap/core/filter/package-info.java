/**
 * Filters: ECQL text (and GeoTools filter objects built by the OGC modules) translated to
 * parameterized SQL for the feature store. Every property name is resolved against the layer schema
 * before it reaches SQL, every literal is bound as a parameter after conversion to the property's
 * type, and nothing in a filter is ever evaluated: GeoServer's CVE-2024-36401 came from evaluating
 * property names as expressions. Functions and arithmetic are refused with a clear error rather
 * than guessed at.
 */
package cn.onemap.core.filter;
