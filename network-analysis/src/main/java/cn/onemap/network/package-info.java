/**
 * Network analysis on the city's data: routing, service areas, closest facilities and OD matrices
 * on the roads layer (GraphHopper core), and pipeline networks (CJJ 61): topology QC, tracing,
 * valve isolation, cross-sections and clearance checks. Plain Java on {@code gis-core}; the HTTP
 * adapter is in {@code map-portal}.
 */
package cn.onemap.network;
