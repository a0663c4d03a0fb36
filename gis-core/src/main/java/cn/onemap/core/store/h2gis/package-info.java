/**
 * The embedded H2GIS backend: a file database under the application's data directory, zero set-up,
 * the default for a single portal node and for development.
 */
package cn.onemap.core.store.h2gis;
